//! Which language a text is in. Two detectors, each where it is strong:
//!
//! - `lingua` (statistical n-gram models, accurate on a single paragraph, also between close
//!   languages) for the languages whose models are compiled in: the ones we import most and
//!   their closest neighbours (Dutch next to German, Spanish next to Catalan, Italian and
//!   Portuguese), and Basque and Irish, which whatlang does not know.
//! - `whatlang` (trigram profiles of 69 languages in about 1 MB) for the other EU languages:
//!   lingua's models for those fifteen would make the binary 104 MB larger (measured: 73 MB →
//!   177 MB), for texts of a paragraph or more that trigrams tell well.
//!
//! whatlang looks first, over all its languages: when it is sure of one of those fifteen, that
//! is the answer; otherwise lingua decides among its own. So a Slovenian text is Slovenian,
//! not the nearest language lingua knows (it said Spanish with confidence 1.00), and a text in
//! a language the site does not have is reported as such rather than forced into the nearest
//! configured one. Maltese and Galician are known to neither: such a text needs `--lang`.

use std::sync::LazyLock;

use lingua::{Language, LanguageDetector, LanguageDetectorBuilder};
use whatlang::Lang;

/// The languages compiled in (each is a Cargo feature of `lingua`).
const KNOWN: [Language; 10] = [
    Language::German,
    Language::Catalan,
    Language::English,
    Language::Spanish,
    Language::French,
    Language::Dutch,
    Language::Italian,
    Language::Portuguese,
    Language::Basque,
    Language::Irish,
];

/// The EU languages told by whatlang's trigrams, with their ISO 639-1 codes.
const BY_TRIGRAMS: [(Lang, &str); 15] = [
    (Lang::Bul, "bg"),
    (Lang::Ces, "cs"),
    (Lang::Dan, "da"),
    (Lang::Ell, "el"),
    (Lang::Est, "et"),
    (Lang::Fin, "fi"),
    (Lang::Hrv, "hr"),
    (Lang::Hun, "hu"),
    (Lang::Lit, "lt"),
    (Lang::Lav, "lv"),
    (Lang::Pol, "pl"),
    (Lang::Ron, "ro"),
    (Lang::Slk, "sk"),
    (Lang::Slv, "sl"),
    (Lang::Swe, "sv"),
];

/// Below this share of the probability the detector is guessing.
const MIN_CONFIDENCE: f64 = 0.5;

/// Enough text to judge from; the rest only costs time.
const SAMPLE_CHARS: usize = 4000;

static DETECTOR: LazyLock<LanguageDetector> =
    LazyLock::new(|| LanguageDetectorBuilder::from_languages(&KNOWN).build());

/// A detected language: its ISO 639-1 code, English name and the detector's confidence (0–1).
#[derive(Debug, Clone, PartialEq)]
pub struct Detected {
    pub code: String,
    pub name: String,
    pub confidence: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub enum LanguageError {
    /// Too little text, or no language clearly ahead.
    Unsure { best: Option<Detected> },
    /// Clearly a language the site does not publish in.
    NotConfigured(Detected),
}

/// Detects the language of `text` among the site's `configured` language codes.
pub fn detect(text: &str, configured: &[&str]) -> Result<Detected, LanguageError> {
    let sample: String = text.chars().take(SAMPLE_CHARS).collect();
    if sample.chars().filter(|c| c.is_alphabetic()).count() < 20 {
        return Err(LanguageError::Unsure { best: None });
    }
    let trigrams = whatlang::detect(&sample).and_then(|info| {
        let (_, code) = BY_TRIGRAMS.iter().find(|(l, _)| *l == info.lang())?;
        Some(Detected {
            code: code.to_string(),
            name: info.lang().eng_name().to_string(),
            confidence: info.confidence(),
        })
    });
    let best = trigrams.or_else(|| {
        let values = DETECTOR.compute_language_confidence_values(sample);
        values.first().map(|&(language, confidence)| Detected {
            code: language.iso_code_639_1().to_string(),
            name: language.to_string(),
            confidence,
        })
    });
    match best {
        Some(b) if b.confidence < MIN_CONFIDENCE => Err(LanguageError::Unsure { best: Some(b) }),
        Some(b) if !configured.iter().any(|c| primary(c) == b.code) => {
            Err(LanguageError::NotConfigured(b))
        }
        Some(b) => {
            let code = configured
                .iter()
                .find(|c| primary(c) == b.code)
                .map_or(b.code.clone(), |c| c.to_string());
            Ok(Detected { code, ..b })
        }
        None => Err(LanguageError::Unsure { best: None }),
    }
}

/// The languages of `configured` that no detector knows (Maltese, Galician, or one outside
/// the EU's): a text in one of them is read as another language.
pub fn unknown<'a>(configured: &[&'a str]) -> Vec<&'a str> {
    configured
        .iter()
        .copied()
        .filter(|c| {
            let p = primary(c);
            !KNOWN.iter().any(|l| l.iso_code_639_1().to_string() == p)
                && !BY_TRIGRAMS.iter().any(|(_, code)| *code == p)
        })
        .collect()
}

/// `pt-BR` → `pt`: the detector tells languages, not regional variants.
fn primary(code: &str) -> &str {
    code.split('-').next().unwrap_or(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [&str; 5] = ["de", "ca", "es", "en", "fr"];

    fn code(text: &str) -> String {
        detect(text, &ALL).unwrap().code
    }

    #[test]
    fn catalan_is_not_spanish() {
        assert_eq!(
            code(
                "El programa d’Economia Social està promogut pel Departament d’Empresa i Treball de la Generalitat de Catalunya i treballa amb l’objectiu de posicionar l’economia social i cooperativa com a peça clau."
            ),
            "ca"
        );
        assert_eq!(
            code(
                "El programa de Economía Social está promovido por el Departamento de Empresa y Trabajo y trabaja con el objetivo de posicionar la economía social y cooperativa como pieza clave."
            ),
            "es"
        );
    }

    #[test]
    fn german_is_not_dutch() {
        let de = "Die Stadt Cáceres wird das Projekttreffen ausrichten, bei dem Führungskräfte aus Genossenschaften und Sozialunternehmen zusammenkommen.";
        let nl = "De stad Cáceres zal de projectbijeenkomst organiseren, waar leiders van coöperaties en sociale ondernemingen samenkomen.";
        assert_eq!(code(de), "de");
        let both = ["de", "nl"];
        assert_eq!(detect(nl, &both).unwrap().code, "nl");
        assert!(matches!(detect(nl, &ALL), Err(LanguageError::NotConfigured(d)) if d.code == "nl"));
    }

    #[test]
    fn french_and_english() {
        assert_eq!(
            code(
                "La région organise un atelier sur l’économie sociale et solidaire le mardi 18 mars à Bordeaux."
            ),
            "fr"
        );
        assert_eq!(
            code(
                "This project was set up to tackle the challenges social economy organisations face."
            ),
            "en"
        );
    }

    /// Real paragraphs from public web pages (tests/fixtures/languages/), in EU languages
    /// beyond the ones we import, each detected among all 27 languages of the theme. Maltese
    /// and Galician are known to no detector: they are never taken for themselves.
    #[test]
    fn real_paragraphs_in_eu_languages() {
        const EU: [&str; 27] = [
            "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it",
            "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv", "ca", "eu", "gl",
        ];
        let fixture: Vec<serde_json::Value> = serde_json::from_str(include_str!(
            "../../tests/fixtures/languages/paragraphs.json"
        ))
        .unwrap();
        let mut wrong = Vec::new();
        for item in &fixture {
            let lang = item["lang"].as_str().unwrap();
            let text = item["text"].as_str().unwrap();
            let got = detect(text, &EU);
            let right = match lang {
                "mt" | "gl" => !matches!(&got, Ok(d) if d.code == lang),
                _ => matches!(&got, Ok(d) if d.code == lang),
            };
            if !right {
                wrong.push(format!("{lang}: {got:?} for {}", item["url"]));
            }
        }
        assert!(wrong.is_empty(), "{wrong:#?}");
    }

    #[test]
    fn languages_no_detector_knows_are_named() {
        assert_eq!(
            unknown(&["de", "mt", "gl", "sl", "pt-BR", "uk"]),
            ["mt", "gl", "uk"]
        );
    }

    #[test]
    fn too_little_text_is_unsure() {
        assert!(matches!(
            detect("6 + 15 = 21", &ALL),
            Err(LanguageError::Unsure { .. })
        ));
    }
}
