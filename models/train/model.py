"""Joint model: MiniLM encoder + word-shape embedding, word-level NER head and biaffine dependency parser.

forward(input_ids, attention_mask, shape_ids, word_index) -> ner_logits [B,W,L], arc_scores [B,W,W+1],
rel_logits [B,W,W+1,R]  (the ONNX signature of models/FORMAT.md). Column 0 of the parser outputs is ROOT,
represented by the [CLS] vector; column k is word k-1. Padding words (word_index == 0) are masked out of
the arc columns with -1e4.
"""
import torch
import torch.nn as nn
from transformers import BertConfig, BertModel

N_SHAPES = 7


class MLP(nn.Module):
    def __init__(self, d_in, d_out, dropout):
        super().__init__()
        self.lin = nn.Linear(d_in, d_out)
        self.act = nn.LeakyReLU(0.1)
        self.drop = nn.Dropout(dropout)

    def forward(self, x):
        return self.drop(self.act(self.lin(x)))


class JointModel(nn.Module):
    def __init__(self, bert_config, n_ner, n_rel, arc_dim=384, rel_dim=96, dropout=0.2, use_shape=True):
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

    @classmethod
    def from_encoder(cls, enc_dir, n_ner, n_rel, **kw):
        cfg = BertConfig.from_pretrained(enc_dir)
        cfg._attn_implementation = "eager"
        m = cls(cfg, n_ner, n_rel, **kw)
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
        return ner_logits, arc, rel
