//! Task list items (`- [x] Agenda sent`): the checkbox goes inside a `<label>` together with the
//! item's text. A bare disabled checkbox has no accessible name (axe rule `label`): a screen
//! reader would announce "checkbox, checked" without saying what was done.
//!
//! A label may hold only phrasing content, so it closes before the first block inside the
//! item (a nested list, a second paragraph); it never holds another form control.

use std::ops::Range;

use pulldown_cmark::{CowStr, Event};

pub fn label(events: Vec<(Event<'_>, Range<usize>)>) -> Vec<(Event<'_>, Range<usize>)> {
    let mut out = Vec::with_capacity(events.len());
    let mut open = false;
    for (event, range) in events {
        if open && is_block_boundary(&event) {
            out.push((
                Event::InlineHtml(CowStr::Borrowed("</label>")),
                range.clone(),
            ));
            open = false;
        }
        if let Event::TaskListMarker(checked) = event {
            // The same <input> pulldown-cmark writes, inside the label.
            let html = if checked {
                "<label class=\"task\"><input disabled=\"\" type=\"checkbox\" checked=\"\"/>\n"
            } else {
                "<label class=\"task\"><input disabled=\"\" type=\"checkbox\"/>\n"
            };
            out.push((Event::InlineHtml(CowStr::Borrowed(html)), range));
            open = true;
            continue;
        }
        out.push((event, range));
    }
    // Every item ends (`End(Item)` is a block boundary), so no label is left open here.
    out
}

/// Whether `event` starts or ends a block (anything but inline markup and text).
fn is_block_boundary(event: &Event) -> bool {
    match event {
        Event::Start(tag) => !super::is_inline_tag(tag),
        Event::End(end) => !super::is_inline_end(*end),
        Event::Html(_) | Event::Rule | Event::DisplayMath(_) | Event::TaskListMarker(_) => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pulldown_cmark::{Options, Parser};

    fn html(text: &str) -> String {
        let events: Vec<_> = Parser::new_ext(text, Options::ENABLE_TASKLISTS)
            .into_offset_iter()
            .collect();
        let mut html = String::new();
        pulldown_cmark::html::push_html(&mut html, label(events).into_iter().map(|(e, _)| e));
        html
    }

    #[test]
    fn task_checkboxes_are_labelled_by_their_text() {
        assert_eq!(
            html("- [x] Agenda *sent*\n- [ ] Minutes\n- plain\n"),
            "<ul>\n\
             <li><label class=\"task\"><input disabled=\"\" type=\"checkbox\" checked=\"\"/>\nAgenda <em>sent</em></label></li>\n\
             <li><label class=\"task\"><input disabled=\"\" type=\"checkbox\"/>\nMinutes</label></li>\n\
             <li>plain</li>\n\
             </ul>\n"
        );
    }

    #[test]
    fn task_label_closes_before_blocks_inside_the_item() {
        // A nested list, and a loose list whose items hold paragraphs.
        assert_eq!(
            html("- [x] parent\n  - [ ] child\n"),
            "<ul>\n\
             <li><label class=\"task\"><input disabled=\"\" type=\"checkbox\" checked=\"\"/>\nparent</label>\n\
             <ul>\n\
             <li><label class=\"task\"><input disabled=\"\" type=\"checkbox\"/>\nchild</label></li>\n\
             </ul>\n\
             </li>\n\
             </ul>\n"
        );
        assert_eq!(
            html("- [x] first\n\n  more\n\n- [ ] second\n"),
            "<ul>\n\
             <li>\n<p><label class=\"task\"><input disabled=\"\" type=\"checkbox\" checked=\"\"/>\nfirst</label></p>\n\
             <p>more</p>\n\
             </li>\n\
             <li>\n<p><label class=\"task\"><input disabled=\"\" type=\"checkbox\"/>\nsecond</label></p>\n\
             </li>\n\
             </ul>\n"
        );
    }
}
