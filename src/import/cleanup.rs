//! Removing what a scraper picked up besides the article: form debris (captchas, "View more",
//! share and cookie lines) and blocks that a page showed twice (tabs, sliders, mobile copies).
//!
//! Debris is recognised line by line by patterns in the five languages we import; repeats are
//! runs of blocks that occurred verbatim earlier. Short blocks such as `Objectives` or `Contact`
//! recur legitimately in every section of a page, so only runs of some length are dropped.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use super::blocks::Block;

/// A run of repeated blocks shorter than this (in characters) is kept: it is a heading or a
/// name that recurs, not a copy of the page.
const MIN_REPEAT_CHARS: usize = 160;

static DEBRIS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    [
        // Captchas: `6 + 15 =`, `3 x 4 = ?`
        r"^\d{1,3}\s*[-+x×*]\s*\d{1,3}\s*=\s*\??$",
        // "more" links of lists and teasers
        r"^(view|read|show|load|see) (more|all)( news| articles)?\W*$",
        r"^(mehr (anzeigen|lesen|erfahren)|weiterlesen|alle anzeigen)\W*$",
        r"^(llegir|veure|mostra|llegeix) (més|mes)\W*$",
        r"^(leer|ver|mostrar) más\W*$",
        r"^(lire la suite|voir plus|en savoir plus|afficher plus)\W*$",
        // "Click here to view the photo gallery of the event!"
        r"^(click here|klicken sie hier|hier klicken|cliqueu aquí|clica aquí|fes clic aquí|haz clic aquí|pulsa aquí|cliquez ici)\b.{0,120}$",
        // Breadcrumbs: `Startseite › Aktuelles`
        r"^[^›»>]{1,40}(\s[›»>]\s[^›»>]{1,40})+$",
        // Share bars
        r"^(share|teilen|compartir|comparteix|partager)( (this|on|via|en|sur|auf|a)\b.*)?\s*:?$",
        r"^((facebook|twitter|linkedin|whatsapp|e-?mail|x|telegram|print|tweet)\W*){2,}$",
        r"^(tweet|print|drucken|imprimir|imprimeix|imprimer|back to top|nach oben|tornar amunt|volver arriba|retour en haut)$",
        // Cookie banners
        r"^(accept( all)?( cookies)?|alle akzeptieren|akzeptieren|acceptar( totes)?|aceptar( todas)?|accepter( tout)?|reject all|alle ablehnen)$",
        r"(?i)^.{0,200}\bcookies?\b.{0,200}\b(accept|consent|akzeptier|zustimm|verwende|utilitz|utiliz|usamos|utilis)\w*.{0,200}$",
        r"^.{0,200}\b(uses|use|verwendet|nutzt|utilitza|utiliza|utilise)\s+(\S+\s+){0,3}cookies\b.{0,200}$",
    ]
    .iter()
    .map(|p| Regex::new(&format!("(?i){p}")).expect("valid debris pattern"))
    .collect()
});

/// Whether a whole line is scraper debris.
pub fn is_debris(line: &str) -> bool {
    DEBRIS.iter().any(|re| re.is_match(line.trim()))
}

/// Removes debris lines; returns the removed lines (number, text) for the report.
pub fn remove_debris(blocks: &mut Vec<Block>) -> Vec<(usize, String)> {
    let mut removed = Vec::new();
    for block in blocks.iter_mut() {
        block.lines.retain(|line| {
            let debris = is_debris(&line.text);
            if debris {
                removed.push((line.number, line.text.clone()));
            }
            !debris
        });
    }
    blocks.retain(|b| !b.lines.is_empty());
    removed
}

/// Drops runs of blocks that already occurred, in the same order, earlier in the text. Returns
/// the line numbers of the dropped runs (first line, number of blocks).
pub fn remove_repeats(blocks: &mut Vec<Block>) -> Vec<(usize, usize)> {
    let keys: Vec<String> = blocks.iter().map(Block::normalized).collect();
    let mut seen: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut keep = vec![true; blocks.len()];
    let mut dropped = Vec::new();
    let mut i = 0;
    while i < keys.len() {
        // The longest earlier run starting with this block (never overlapping it).
        let mut best = 0;
        for &j in seen.get(keys[i].as_str()).map_or(&[][..], Vec::as_slice) {
            let mut k = 0;
            while i + k < keys.len() && j + k < i && keys[j + k] == keys[i + k] {
                k += 1;
            }
            best = best.max(k);
        }
        let chars: usize = keys[i..i + best].iter().map(|k| k.chars().count()).sum();
        let step = if best > 0 && chars >= MIN_REPEAT_CHARS {
            keep[i..i + best].iter_mut().for_each(|k| *k = false);
            dropped.push((blocks[i].first_line(), best));
            best
        } else {
            1
        };
        for (n, key) in keys.iter().enumerate().skip(i).take(step) {
            seen.entry(key.as_str()).or_default().push(n);
        }
        i += step;
    }
    let mut n = 0;
    blocks.retain(|_| {
        n += 1;
        keep[n - 1]
    });
    dropped
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::blocks::blocks;

    #[test]
    fn debris_lines() {
        for line in [
            "6 + 15 =",
            "3 x 4 = ?",
            "View more",
            "Read more »",
            "Weiterlesen",
            "Llegir més",
            "Leer más",
            "Lire la suite",
            "Click here to view the photo gallery of the event!",
            "Cliquez ici pour voir les photos",
            "Share this:",
            "Teilen auf",
            "Facebook Twitter LinkedIn",
            "Accept all cookies",
            "Startseite › Aktuelles",
            "Home » News » Events",
            "We use cookies to improve your experience. By continuing you accept our policy.",
            "Aquest web utilitza cookies pròpies i de tercers.",
        ] {
            assert!(is_debris(line), "{line}");
        }
        for line in [
            "Contact us for more information about the project or our workshops.",
            "Bleiben Sie gespannt für weitere Updates.",
            "Sharing good practices is the aim of the meeting.",
            "2 + 2 = 4 is what the trainers wrote on the board.",
            "Facebook: <https://www.facebook.com/x>",
            "View more information about the programme on the website of the region.",
        ] {
            assert!(!is_debris(line), "{line}");
        }
    }

    #[test]
    fn repeated_runs_are_kept_once_but_short_headings_stay() {
        let para = "The social economy in Slovenia consists of social enterprises, cooperatives and companies for the disabled that work for the benefit of their members.";
        let text = format!(
            "Intro\n\nObjectives\n\n{para}\n\nContact\n\nMonika\n\n{para}\n\nContact\n\nMonika\n\nNavarra\n\nObjectives\n\nOther text here.\n"
        );
        let mut b = blocks(&text);
        let dropped = remove_repeats(&mut b);
        let kept: Vec<String> = b.iter().map(Block::normalized).collect();
        assert_eq!(
            kept,
            [
                "Intro",
                "Objectives",
                para,
                "Contact",
                "Monika",
                "Navarra",
                "Objectives",
                "Other text here."
            ]
        );
        assert_eq!(dropped, [(11, 3)]);
    }

    #[test]
    fn debris_only_leaves_nothing() {
        let mut b = blocks("View more\n\n6 + 15 =\n\nShare\n");
        let removed = remove_debris(&mut b);
        assert!(b.is_empty());
        assert_eq!(removed.len(), 3);
    }
}
