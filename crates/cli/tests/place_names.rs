//! Towns the model tags as persons or cuts short ("Deir el-Balah", "Khan" of "Khan Younis") are the
//! events' places all the same (`casus_extract::place_entities`), with the shipped model.
use std::io::Write;
use std::process::{Command, Stdio};

fn places(text: &str) -> Vec<Option<String>> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_casus"))
        .args(["extract", "-", "-o", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("casus runs");
    child.stdin.take().unwrap().write_all(text.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .map(|e| e["location"]["name"].as_str().map(str::to_string))
        .collect()
}

#[test]
fn towns_with_person_like_names_are_places() {
    assert_eq!(places("Israeli strikes killed 20 people in Deir el-Balah on Tuesday."), [Some("Deir el-Balah".into())]);
    assert_eq!(
        places("A drone strike near Dera Ismail Khan killed three militants."),
        [Some("Dera Ismail Khan".into())]
    );
}

#[test]
fn a_town_cut_short_is_named_in_full() {
    assert_eq!(
        places("Fighting erupted in Khan Younis on Tuesday, killing five soldiers."),
        [Some("Khan Younis".into())]
    );
}
