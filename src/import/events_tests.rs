use super::*;
use crate::import::blocks::blocks;

fn read_text(text: &str) -> (Dates, Vec<Block>) {
    let mut b = blocks(text);
    let dates = read(&mut b, "Title");
    (dates, b)
}

#[test]
fn lone_header_date_is_the_publication_date() {
    let (d, rest) = read_text(
        "Project - 08-11-2022\n\nOn 21 September 2022, the kick-off meeting took place in Brussels with all partners.",
    );
    assert_eq!(d.published.unwrap().to_string(), "2022-11-08");
    assert_eq!(d.event.unwrap().start.to_string(), "2022-09-21");
    assert_eq!(rest.len(), 1, "the date line is in the front matter now");
}

#[test]
fn header_range_with_place_is_the_event() {
    let (d, rest) = read_text(
        "Cáceres, Spanien – 22. bis 25. Oktober 2024\n\nDie Stadt Cáceres wird das Projekttreffen ausrichten, bei dem viele Partner zusammenkommen.",
    );
    let e = d.event.unwrap();
    assert_eq!(
        (e.start.to_string(), e.end.unwrap().to_string()),
        ("2024-10-22".into(), "2024-10-25".into())
    );
    assert_eq!(e.location.as_deref(), Some("Cáceres, Spanien"));
    assert_eq!(d.published, None);
    assert_eq!(rest.len(), 1);
}

#[test]
fn deadlines_are_not_events() {
    let (d, _) = read_text(
        "Publicado el 2 de junio de 2025\n\nLa red abre una convocatoria de ayudas para cooperativas del medio rural y urbano.\n\nEl plazo de presentación finaliza el 15 de septiembre de 2025.",
    );
    assert_eq!(d.deadline.unwrap().to_string(), "2025-09-15");
    assert!(d.event.is_none());
}

#[test]
fn other_meetings_later_in_the_text_are_not_the_event() {
    let (d, _) = read_text(
        "Datum: 5. Mai 2025, 10 Uhr\n\nDie Genossenschaften treffen sich zum Austausch über ihre gemeinsamen Projekte.\n\nDas nächste Treffen findet am 3. November 2025 statt.",
    );
    assert_eq!(d.event.unwrap().start.to_string(), "2025-05-05T10:00:00");
}

#[test]
fn year_comes_only_from_a_stated_publication_date() {
    let (d, _) = read_text(
        "Publicat el 12 de març de 2025\n\nL’Ateneu organitza del 5 al 8 d’abril unes jornades obertes a cooperatives i entitats.",
    );
    assert_eq!(d.event.unwrap().start.to_string(), "2025-04-05");
    let (d, rest) = read_text(
        "L’Ateneu organitza del 5 al 8 d’abril unes jornades obertes a cooperatives i entitats.",
    );
    assert!(d.event.is_none());
    assert!(d.warnings[0].1.contains("has no year"), "{:?}", d.warnings);
    assert_eq!(rest.len(), 1);
}

#[test]
fn an_event_that_would_end_before_it_starts_is_not_imported() {
    // The build refuses such a front matter, so the import must not write it.
    let (d, _) = read_text(
        "Datum: 5. Mai 2025, 18:00 - 09:00 Uhr\n\nDie Genossenschaften treffen sich zum Austausch über ihre gemeinsamen Projekte.",
    );
    assert!(d.event.is_none(), "{:?}", d.event);
    assert!(
        d.warnings.iter().any(|w| w.1.contains("before it starts")),
        "{:?}",
        d.warnings
    );
}

#[test]
fn a_range_over_new_year_ends_in_the_next_year() {
    let (d, _) = read_text(
        "Published on 2 December 2025\n\nThe winter school takes place from 28 December to 3 January in Ljubljana.",
    );
    let e = d.event.unwrap();
    assert_eq!(
        (e.start.to_string(), e.end.unwrap().to_string()),
        ("2025-12-28".into(), "2026-01-03".into())
    );
}
