//! The JSON Lines keys of `casus extract` (`--text-field`, `--id-field`, `--date-field`).
use casus_pipeline::input::JsonlFields;

#[derive(clap::Args)]
pub struct FieldArgs {
    /// JSON Lines: the key holding the document text (default `text`; `/a/b` is a path into nested objects).
    #[arg(long, value_name = "KEY")]
    text_field: Option<String>,
    /// JSON Lines: the key holding the document id (default `id`; records without one are named
    /// FILE-LINE).
    #[arg(long, value_name = "KEY")]
    id_field: Option<String>,
    /// JSON Lines: the key holding the publication date (default `published`, then `pub_date`).
    #[arg(long, value_name = "KEY")]
    date_field: Option<String>,
}

impl FieldArgs {
    pub fn fields(&self) -> JsonlFields {
        let mut fields = JsonlFields::default();
        if let Some(k) = &self.text_field {
            fields.text = k.clone();
        }
        if let Some(k) = &self.id_field {
            fields.id = k.clone();
        }
        if let Some(k) = &self.date_field {
            fields.dates = vec![k.clone()];
        }
        fields
    }
}
