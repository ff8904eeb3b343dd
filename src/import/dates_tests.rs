use super::*;

fn w(year: i16, month: i8, day: i8) -> Written {
    Written {
        year: Some(year),
        month,
        day,
    }
}

fn one(text: &str) -> Found {
    let found = find(text);
    assert_eq!(found.len(), 1, "{text}: {found:?}");
    found.into_iter().next().unwrap()
}

fn t(h: i8, m: i8) -> Option<jiff::civil::Time> {
    Some(jiff::civil::Time::new(h, m, 0, 0).unwrap())
}

#[test]
fn german() {
    let f = one("Cáceres, Spanien – 22. bis 25. Oktober 2024");
    assert_eq!((f.first, f.last), (w(2024, 10, 22), Some(w(2024, 10, 25))));
    assert_eq!(
        &"Cáceres, Spanien – 22. bis 25. Oktober 2024"[f.start..f.end],
        "22. bis 25. Oktober 2024"
    );
    let f = one("Am Donnerstag, 14. März 2025, 9.30 bis 16 Uhr (MEZ)");
    assert_eq!(f.first, w(2025, 3, 14));
    assert_eq!(
        (f.start_time, f.end_time, f.offset),
        (t(9, 30), t(16, 0), Some(3600))
    );
    let f = one("Anmeldeschluss ist der 1. Februar.");
    assert_eq!(
        f.first,
        Written {
            year: None,
            month: 2,
            day: 1
        }
    );
    let f = one("vom 28. Dezember bis 2. Januar 2025");
    assert_eq!((f.first, f.last), (w(2024, 12, 28), Some(w(2025, 1, 2))));
    assert!(one("am 31. Februar 2024").first.date().is_none());
}

#[test]
fn english() {
    let f = one("Date: 26th May 2021 10:00 – 12:00 CET");
    assert_eq!(f.first, w(2021, 5, 26));
    assert_eq!(
        (f.start_time, f.end_time, f.offset),
        (t(10, 0), t(12, 0), Some(3600))
    );
    let f = one("27 Nov 2019 to 28 Nov 2019");
    assert_eq!((f.first, f.last), (w(2019, 11, 27), Some(w(2019, 11, 28))));
    let f = one("Tuesday, March 4, 2025 at 2pm GMT");
    assert_eq!(
        (f.first, f.start_time, f.offset),
        (w(2025, 3, 4), t(14, 0), Some(0))
    );
    let f = one("the webinar on 3rd of June 2025, 15:00-16:30 UTC+2");
    assert_eq!(
        (f.start_time, f.end_time, f.offset),
        (t(15, 0), t(16, 30), Some(7200))
    );
    assert!(find("2nd semester 2021, COMING SOON").is_empty());
    assert!(find("275 registered SE, 20,000 jobs in 2019 and 8.5% in 12 months").is_empty());
}

#[test]
fn catalan() {
    let f = one("del 5 al 8 d’abril");
    assert_eq!(
        f.first,
        Written {
            year: None,
            month: 4,
            day: 5
        }
    );
    assert_eq!(
        f.last,
        Some(Written {
            year: None,
            month: 4,
            day: 8
        })
    );
    let f = one("Dijous 12 de juny de 2025, de 10 h a 13.30 h");
    assert_eq!(
        (f.first, f.start_time, f.end_time),
        (w(2025, 6, 12), t(10, 0), t(13, 30))
    );
    assert_eq!(one("el 1r de març del 2024").first, w(2024, 3, 1));
}

#[test]
fn spanish() {
    let f = one("Del 3 al 5 de noviembre de 2025 en Zaragoza");
    assert_eq!((f.first, f.last), (w(2025, 11, 3), Some(w(2025, 11, 5))));
    let f = one("El plazo termina el 15 de septiembre de 2025 a las 14:00 h.");
    assert_eq!((f.first, f.start_time), (w(2025, 9, 15), t(14, 0)));
}

#[test]
fn french() {
    let text = "Bordeaux – du 1er au 3 octobre 2025";
    let f = one(text);
    assert_eq!((f.first, f.last), (w(2025, 10, 1), Some(w(2025, 10, 3))));
    assert_eq!(&text[f.start..f.end], "du 1er au 3 octobre 2025");
    let f = one("Le mardi 18 mars 2025 de 14h30 à 17h");
    assert_eq!(
        (f.first, f.start_time, f.end_time),
        (w(2025, 3, 18), t(14, 30), t(17, 0))
    );
}

#[test]
fn numeric_dates_are_day_first() {
    assert_eq!(one("Project - 08-11-2022").first, w(2022, 11, 8));
    assert_eq!(one("by 15.3.2021)").first, w(2021, 3, 15));
    assert_eq!(one("am 2024-10-22").first, w(2024, 10, 22));
    assert!(find("version 1.2.3 and 13-13-2024").is_empty());
}
