"""Joint model: MiniLM encoder + word-shape embedding, word-level NER head and biaffine dependency parser,
and (issue 11, when n_trig > 0) event heads on the same encoder states.

forward(input_ids, attention_mask, shape_ids, word_index) -> ner_logits [B,W,L], arc_scores [B,W,W+1],
rel_logits [B,W,W+1,R]  (the ONNX signature of models/FORMAT.md). Column 0 of the parser outputs is ROOT,
represented by the [CLS] vector; column k is word k-1. Padding words (word_index == 0) are masked out of
the arc columns with -1e4.
With event heads it also returns trigger_logits [B,W,K] (K = "O" + CAMEO roots 01..20), code_logits [B,W,C]
(3-digit codes frequent in training + "other") and arg_logits [B,W,W,A] (row = trigger word, column =
candidate word; A = none, actor, target, source, place, time).
"""
import torch
import torch.nn as nn
from transformers import BertConfig, BertModel

N_SHAPES = 7


def encoder_config(enc_dir, layers=0):
    """The encoder's BertConfig; layers > 0 truncates it to its first `layers` layers. The lower layers are
    kept rather than every other one: they stay a consecutive stack (layer k+1 was trained on layer k's
    output), and the top layers of this sentence-embedding model are the ones tuned to its pooled objective."""
    cfg = BertConfig.from_pretrained(enc_dir)
    cfg._attn_implementation = "eager"
    if layers:
        if not 0 < layers <= cfg.num_hidden_layers:
            raise ValueError(f"--layers {layers}: the encoder has {cfg.num_hidden_layers}")
        cfg.num_hidden_layers = layers
    return cfg


class MLP(nn.Module):
    def __init__(self, d_in, d_out, dropout):
        super().__init__()
        self.lin = nn.Linear(d_in, d_out)
        self.act = nn.LeakyReLU(0.1)
        self.drop = nn.Dropout(dropout)

    def forward(self, x):
        return self.drop(self.act(self.lin(x)))


N_DIST = 16  # signed distance buckets of the argument head: 0..4, 5-7, 8-15, 16+ on each side
N_PATH = 4  # parse-path features of the argument head (see arg_scores)


def distance_buckets(word_index):
    """[B,W,W] bucket of j - i (row i = trigger, column j = candidate). Positions come from a cumsum rather
    than arange so the exported graph keeps W dynamic without a Range op."""
    pos = torch.cumsum(torch.ones_like(word_index), 1) - 1
    d = pos.unsqueeze(1) - pos.unsqueeze(2)
    ad = d.abs()
    b = torch.where(ad <= 4, ad, torch.where(ad < 8, torch.full_like(ad, 5),
                                             torch.where(ad < 16, torch.full_like(ad, 6), torch.full_like(ad, 7))))
    return b + 8 * (d < 0).long()


class JointModel(nn.Module):
    def __init__(self, bert_config, n_ner, n_rel, arc_dim=384, rel_dim=96, dropout=0.2, use_shape=True,
                 n_trig=0, n_code=0, n_arg=0, trig_dim=256, arg_dim=128):
        super().__init__()
        self.bert = BertModel(bert_config, add_pooling_layer=False)
        h = bert_config.hidden_size
        self.use_shape = use_shape
        self.shape_emb = nn.Embedding(N_SHAPES, h)
        nn.init.zeros_(self.shape_emb.weight)  # start from the pretrained encoder's behaviour
        self.drop = nn.Dropout(dropout)
        self.ner = nn.Linear(h, n_ner)
        self.arc_dep, self.arc_head = MLP(h, arc_dim, dropout), MLP(h, arc_dim, dropout)
        self.rel_dep, self.rel_head = MLP(h, rel_dim, dropout), MLP(h, rel_dim, dropout)
        self.arc_U = nn.Parameter(torch.zeros(arc_dim, arc_dim))
        self.arc_b = nn.Parameter(torch.zeros(arc_dim))  # head prior
        self.rel_U = nn.Parameter(torch.zeros(n_rel, rel_dim + 1, rel_dim + 1))
        self.n_trig = n_trig
        if n_trig:
            self.trig_mlp = MLP(h, trig_dim, dropout)
            self.trig_out = nn.Linear(trig_dim, n_trig)
            self.code_out = nn.Linear(trig_dim, max(1, n_code))
            self.arg_t, self.arg_c = MLP(h, arg_dim, dropout), MLP(h, arg_dim, dropout)
            self.arg_U = nn.Parameter(torch.zeros(n_arg, arg_dim + 1, arg_dim + 1))
            self.arg_dist = nn.Embedding(N_DIST, n_arg)
            nn.init.zeros_(self.arg_dist.weight)
            self.arg_path = nn.Parameter(torch.zeros(N_PATH, n_arg))

    @classmethod
    def from_encoder(cls, enc_dir, n_ner, n_rel, layers=0, **kw):
        """layers > 0 keeps only the encoder's first `layers` layers (a smaller, faster student, issue 13)."""
        cfg = encoder_config(enc_dir, layers)
        m = cls(cfg, n_ner, n_rel, **kw)
        # With num_hidden_layers = N, from_pretrained fills layer.0 .. layer.N-1 and drops the rest.
        m.bert = BertModel.from_pretrained(enc_dir, config=cfg, add_pooling_layer=False)
        return m

    def forward(self, input_ids, attention_mask, shape_ids, word_index):
        emb = self.bert.embeddings.word_embeddings(input_ids)
        if self.use_shape:
            emb = emb + self.shape_emb(shape_ids)
        hid = self.bert(inputs_embeds=emb, attention_mask=attention_mask,
                        token_type_ids=torch.zeros_like(input_ids)).last_hidden_state  # [B,T,H]
        hid = self.drop(hid)
        B, W = word_index.shape
        H = hid.size(-1)
        words = torch.gather(hid, 1, word_index.unsqueeze(-1).expand(B, W, H))  # [B,W,H]
        ner_logits = self.ner(words)

        cand = torch.cat([hid[:, :1], words], dim=1)  # [B,W+1,H], ROOT = [CLS]
        ad, ah = self.arc_dep(words), self.arc_head(cand)
        arc = torch.einsum("bid,de,bje->bij", ad, self.arc_U, ah) + (ah @ self.arc_b).unsqueeze(1)
        col_ok = torch.cat([torch.ones_like(word_index[:, :1]), (word_index > 0).long()], dim=1)  # [B,W+1]
        arc = arc.masked_fill(col_ok.unsqueeze(1) == 0, -1e4)

        rd, rh = self.rel_dep(words), self.rel_head(cand)
        rd = torch.cat([rd, torch.ones_like(rd[..., :1])], -1)
        rh = torch.cat([rh, torch.ones_like(rh[..., :1])], -1)
        rel = torch.einsum("bix,lxy,bjy->bijl", rd, self.rel_U, rh)
        if not self.n_trig:
            return ner_logits, arc, rel
        t = self.trig_mlp(words)
        return ner_logits, arc, rel, self.trig_out(t), self.code_out(t), self.arg_scores(words, arc, word_index)

    def arg_scores(self, words, arc, word_index):
        """Biaffine (trigger i, candidate j) role scores + signed distance bias + parse-path features from the
        parser's own arc distribution (detached: the argument loss must not bend the parser):
        log P(head(j) = i), log P(head(i) = j), log P(i, j share a head), log P(head(head(j)) = i)."""
        at, ac = self.arg_t(words), self.arg_c(words)
        at = torch.cat([at, torch.ones_like(at[..., :1])], -1)
        ac = torch.cat([ac, torch.ones_like(ac[..., :1])], -1)
        s = torch.einsum("bix,axy,bjy->bija", at, self.arg_U, ac)
        lp = torch.log_softmax(arc.detach(), -1)[:, :, 1:]  # [B,W,W]: log P(head(dep) = word)
        p = torch.exp(lp)
        path = torch.stack([lp.transpose(1, 2), lp,
                            torch.log(p @ p.transpose(1, 2) + 1e-6),
                            torch.log((p @ p).transpose(1, 2) + 1e-6)], -1).clamp(min=-20.0)  # [B,W,W,4]
        return s + path @ self.arg_path + self.arg_dist(distance_buckets(word_index))
