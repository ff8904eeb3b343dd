//! `sitemap.xml` (sitemaps.org 0.9) with an `xhtml:link` hreflang alternate for every
//! translation of each page, x-default included, as search engines expect.

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

use super::Inputs;
use crate::plan::{Group, JobKind};
use crate::views::alternate_links;

pub fn sitemap(inputs: &Inputs) -> String {
    let site = inputs.site;
    let config = site.config;
    let mut writer = Writer::new_with_indent(Vec::new(), b' ', 2);
    let write = |w: &mut Writer<Vec<u8>>, e: Event| w.write_event(e).expect("writing to memory");
    write(
        &mut writer,
        Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)),
    );
    let mut urlset = BytesStart::new("urlset");
    urlset.push_attribute(("xmlns", "http://www.sitemaps.org/schemas/sitemap/0.9"));
    urlset.push_attribute(("xmlns:xhtml", "http://www.w3.org/1999/xhtml"));
    write(&mut writer, Event::Start(urlset));

    for job in &inputs.plan.jobs {
        let group = match (&job.kind, &job.group) {
            (JobKind::Root, _) => Group::Home(1),
            (_, Some(g)) => g.clone(),
            _ => continue,
        };
        write(&mut writer, Event::Start(BytesStart::new("url")));
        text_element(&mut writer, "loc", &config.urls.permalink(&job.url));
        if let JobKind::Article(i) = job.kind {
            let page = site.page(i);
            if let Some(m) = page.front.updated.or(page.date) {
                text_element(&mut writer, "lastmod", &m.rfc3339());
            }
        }
        if let Some(entries) = inputs.plan.groups.get(&group) {
            for (hreflang, href) in alternate_links(config, entries) {
                let mut link = BytesStart::new("xhtml:link");
                link.push_attribute(("rel", "alternate"));
                link.push_attribute(("hreflang", hreflang.as_str()));
                link.push_attribute(("href", href.as_str()));
                write(&mut writer, Event::Empty(link));
            }
        }
        write(&mut writer, Event::End(BytesEnd::new("url")));
    }
    write(&mut writer, Event::End(BytesEnd::new("urlset")));
    let mut xml = String::from_utf8(writer.into_inner()).expect("XML written from UTF-8 strings");
    xml.push('\n');
    xml
}

fn text_element(writer: &mut Writer<Vec<u8>>, name: &str, text: &str) {
    let write = |w: &mut Writer<Vec<u8>>, e: Event| w.write_event(e).expect("writing to memory");
    write(writer, Event::Start(BytesStart::new(name)));
    write(writer, Event::Text(BytesText::new(text)));
    write(writer, Event::End(BytesEnd::new(name)));
}
