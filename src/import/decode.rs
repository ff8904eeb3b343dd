//! Bytes of a scraped `.txt` file → normalised text: the first step of the import.
//!
//! A byte-order mark decides between UTF-8 and UTF-16; text without one is taken as UTF-8 when
//! it is valid UTF-8 and otherwise handed to `chardetng` (Firefox's detector), which recognises
//! Windows-1252 and the other legacy encodings that old web pages and e-mails are saved in.
//! Line ends become `\n`. Binary files and absurdly long lines are refused here, before any
//! heuristic sees them.

use encoding_rs::{Encoding, UTF_8};

/// Longest line accepted. Real paragraphs are a few kilobytes; a megabyte-long line is a
/// minified page, a data dump or a file that lost its line ends.
pub const MAX_LINE_BYTES: usize = 64 * 1024;

/// Decoded text and the name of the encoding it was read in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
}

/// Why a file cannot be imported at all; `line` is 1-based where it applies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    Empty,
    Binary { line: usize },
    LongLine { line: usize, bytes: usize },
}

pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    let (text, encoding) = match Encoding::for_bom(bytes) {
        Some((encoding, bom_len)) => {
            let (text, _) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
            (text.into_owned(), encoding)
        }
        None => match std::str::from_utf8(bytes) {
            Ok(text) => (text.to_string(), UTF_8),
            Err(_) => {
                let mut detector =
                    chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
                detector.feed(bytes, true);
                let encoding = detector.guess(None, chardetng::Utf8Detection::Deny);
                let (text, _) = encoding.decode_without_bom_handling(bytes);
                (text.into_owned(), encoding)
            }
        },
    };
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    if let Some(line) = binary_line(&text) {
        return Err(DecodeError::Binary { line });
    }
    if let Some((i, l)) = text
        .split('\n')
        .enumerate()
        .find(|(_, l)| l.len() > MAX_LINE_BYTES)
    {
        return Err(DecodeError::LongLine {
            line: i + 1,
            bytes: l.len(),
        });
    }
    if text.trim().is_empty() {
        return Err(DecodeError::Empty);
    }
    Ok(Decoded {
        text,
        encoding: encoding.name(),
    })
}

/// The first line holding a NUL or another control character that no text file contains
/// (tabs and form feeds are fine), or a replacement character from undecodable bytes.
fn binary_line(text: &str) -> Option<usize> {
    let bad = |c: char| {
        (c.is_control() && !matches!(c, '\n' | '\t' | '\u{c}' | '\u{85}')) || c == '\u{fffd}'
    };
    let offset = text.find(bad)?;
    Some(text[..offset].matches('\n').count() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_crlf() {
        let d = decode("Grüße\r\nZeile\r\n".as_bytes()).unwrap();
        assert_eq!(d.text, "Grüße\nZeile\n");
        assert_eq!(d.encoding, "UTF-8");
    }

    #[test]
    fn utf8_bom_is_dropped() {
        let d = decode(b"\xEF\xBB\xBFhola").unwrap();
        assert_eq!(d.text, "hola");
    }

    #[test]
    fn utf16_with_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "Cáceres – 22. Oktober\r\n".encode_utf16() {
            bytes.extend(unit.to_le_bytes());
        }
        let d = decode(&bytes).unwrap();
        assert_eq!(d.text, "Cáceres – 22. Oktober\n");
        assert_eq!(d.encoding, "UTF-16LE");
        let mut be = vec![0xFE, 0xFF];
        for unit in "Economia Social".encode_utf16() {
            be.extend(unit.to_be_bytes());
        }
        assert_eq!(decode(&be).unwrap().text, "Economia Social");
    }

    #[test]
    fn windows_1252_is_detected() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1252
            .encode("L’economia social és una peça clau per a la societat catalana. Més de 250 projectes – «cooperatius».");
        let d = decode(&bytes).unwrap();
        assert!(
            d.text.contains("L’economia social és una peça clau"),
            "{}",
            d.text
        );
        assert_eq!(d.encoding, "windows-1252");
    }

    #[test]
    fn bad_input_is_refused() {
        assert_eq!(decode(b""), Err(DecodeError::Empty));
        assert_eq!(decode(b" \n\t\n"), Err(DecodeError::Empty));
        assert_eq!(
            decode(b"text\nmore\n\x00\x01\x02binary"),
            Err(DecodeError::Binary { line: 3 })
        );
        let long = format!("a\n{}\n", "x".repeat(1 << 20));
        assert_eq!(
            decode(long.as_bytes()),
            Err(DecodeError::LongLine {
                line: 2,
                bytes: 1 << 20
            })
        );
    }
}
