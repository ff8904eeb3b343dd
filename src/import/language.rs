//! Which language a text is in, by `lingua` (statistical n-gram models, accurate on a single
//! paragraph). It knows the five languages we import plus their closest neighbours (Dutch next
//! to German, Spanish next to Catalan, Italian and Portuguese), so that a text in a language the
//! site does not have is reported as such rather than forced into the nearest configured one.

use std::sync::LazyLock;

use lingua::{Language, LanguageDetector, LanguageDetectorBuilder};

/// The languages compiled in (each is a Cargo feature of `lingua`).
const KNOWN: [Language; 8] = [
    Language::German,
    Language::Catalan,
    Language::English,
    Language::Spanish,
    Language::French,
    Language::Dutch,
    Language::Italian,
    Language::Portuguese,
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
    let values = DETECTOR.compute_language_confidence_values(sample);
    let best = values.first().map(|&(language, confidence)| Detected {
        code: language.iso_code_639_1().to_string(),
        name: language.to_string(),
        confidence,
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

    #[test]
    fn too_little_text_is_unsure() {
        assert!(matches!(
            detect("6 + 15 = 21", &ALL),
            Err(LanguageError::Unsure { .. })
        ));
    }
}
