//! Tags from a list of known names (projects, organisations, places) configured in
//! `[import] known_tags`: a name is a tag when it occurs as a whole word, in any letter case,
//! outside URLs and e-mail addresses (which often contain project names in other senses).

use regex::Regex;

/// The known names found in `text`, spelled as configured, in order of first occurrence.
pub fn find(text: &str, known: &[String]) -> Vec<String> {
    let addresses = Regex::new(r"\S+@\S+|https?://\S+").expect("valid pattern");
    let text = addresses.replace_all(text, " ");
    let mut found: Vec<(usize, &String)> = known
        .iter()
        .filter_map(|name| {
            let pattern = format!(
                r"(?i)(?:^|[^\p{{L}}\p{{N}}]){}(?:$|[^\p{{L}}\p{{N}}])",
                regex::escape(name)
            );
            let re = Regex::new(&pattern).ok()?;
            re.find(&text).map(|m| (m.start(), name))
        })
        .collect();
    found.sort_by_key(|&(at, _)| at);
    let mut tags: Vec<String> = Vec::new();
    for (_, name) in found {
        if !tags.iter().any(|t| t.eq_ignore_ascii_case(name)) {
            tags.push(name.clone());
        }
    }
    tags
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_words_any_case_not_in_urls() {
        let known: Vec<String> = ["SECON", "SECONET", "GSEF", "Interreg Europe", "COSME"]
            .map(String::from)
            .into();
        let text = "Seconet brings stakeholders together; see https://www.interregeurope.eu/secon and the gsef page. Co-funded by COSME.";
        assert_eq!(find(text, &known), ["SECONET", "GSEF", "COSME"]);
        assert_eq!(
            find("Das SECON-Projekttreffen, Interreg Europe", &known),
            ["SECON", "Interreg Europe"]
        );
    }
}
