//! Tera functions for UI strings and locale formatting. The language is the template's `lang`
//! variable, so templates never pass it.

use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentValue};
use tera::{Error, Kwargs, State, Tera, Value};

use super::format::{ListStyle, Style};
use super::{I18n, MessageError};
use crate::content::Moment;

pub fn register(tera: &mut Tera, i18n: Arc<I18n>) {
    let i = i18n.clone();
    tera.register_function("t", move |kwargs: Kwargs, state: &State| {
        translate(&i, kwargs, state)
    });
    let i = i18n.clone();
    tera.register_function("date", move |kwargs: Kwargs, state: &State| {
        let lang = current_lang(state)?;
        let value = moment(&kwargs, "value")?;
        Ok::<_, Error>(i.formats(&lang).date(&value, style(&kwargs)?))
    });
    let i = i18n.clone();
    tera.register_function("date_range", move |kwargs: Kwargs, state: &State| {
        let lang = current_lang(state)?;
        let (start, end) = (moment(&kwargs, "start")?, moment(&kwargs, "end")?);
        Ok::<_, Error>(i.formats(&lang).date_range(&start, &end, style(&kwargs)?))
    });
    let i = i18n.clone();
    tera.register_function("time", move |kwargs: Kwargs, state: &State| {
        let lang = current_lang(state)?;
        let value = moment(&kwargs, "value")?;
        Ok::<_, Error>(
            i.formats(&lang)
                .time(&value)
                .map(Value::from)
                .unwrap_or(Value::none()),
        )
    });
    let i = i18n.clone();
    tera.register_function("timezone", move |kwargs: Kwargs, state: &State| {
        let lang = current_lang(state)?;
        let value = moment(&kwargs, "value")?;
        // `timezone=page.event.timezone` may be absent: then the moment's own offset counts.
        let zone = kwargs.get::<Value>("timezone")?;
        Ok::<_, Error>(
            i.formats(&lang)
                .zone(&value, zone.as_ref().and_then(Value::as_str))
                .map(Value::from)
                .unwrap_or(Value::none()),
        )
    });
    let i = i18n.clone();
    tera.register_function("list", move |kwargs: Kwargs, state: &State| {
        let lang = current_lang(state)?;
        let items = kwargs.must_get::<Vec<Value>>("items")?;
        let style = match kwargs.get::<&str>("style")? {
            None => ListStyle::And,
            Some(s) => ListStyle::parse(s).ok_or_else(|| {
                Error::message(format!("unknown list style `{s}`: use and, or or unit"))
            })?,
        };
        // Items that are already HTML (marked safe) stay as they are; text is escaped, so the
        // result can be marked safe.
        let items: Vec<String> = items
            .iter()
            .map(|v| {
                let text = v.as_str().map_or_else(|| v.to_string(), str::to_string);
                if v.is_safe() && v.as_str().is_some() {
                    text
                } else {
                    escape(&text)
                }
            })
            .collect();
        Ok::<_, Error>(Value::safe_string(&i.formats(&lang).list(&items, style)))
    });
    tera.register_function("number", move |kwargs: Kwargs, state: &State| {
        let lang = current_lang(state)?;
        let value = kwargs.must_get::<f64>("value")?;
        Ok::<_, Error>(i18n.formats(&lang).number(value))
    });
}

fn escape(text: &str) -> String {
    let mut out = Vec::new();
    tera::escape_html(text, &mut out).expect("writing to memory");
    String::from_utf8(out).expect("escaping keeps UTF-8")
}

fn current_lang(state: &State) -> Result<String, Error> {
    state
        .get::<String>("lang")?
        .ok_or_else(|| Error::message("the template has no `lang` variable"))
}

fn translate(i18n: &I18n, kwargs: Kwargs, state: &State) -> Result<String, Error> {
    let lang = current_lang(state)?;
    let key = kwargs.must_get::<&str>("key")?;
    let mut args = FluentArgs::new();
    for (name, value) in kwargs.iter() {
        let name = name.to_string();
        if name == "key" {
            continue;
        }
        let fluent = if let Some(n) = value.as_f64() {
            FluentValue::from(n)
        } else if let Some(s) = value.as_str() {
            FluentValue::from(s.to_string())
        } else if value.is_none() || value.is_undefined() {
            continue;
        } else {
            FluentValue::from(value.to_string())
        };
        args.set(name, fluent);
    }
    i18n.message(&lang, key, &args).map_err(|e| match e {
        MessageError::Missing => Error::message(format!(
            "there is no Fluent message `{key}`, not even in the default language; add `{key} = …` to i18n/<lang>/*.ftl"
        )),
        MessageError::Format(why) => Error::message(why),
    })
}

fn moment(kwargs: &Kwargs, name: &str) -> Result<Moment, Error> {
    let text = kwargs.must_get::<&str>(name)?;
    Moment::parse(text).map_err(Error::message)
}

fn style(kwargs: &Kwargs) -> Result<Style, Error> {
    match kwargs.get::<&str>("style")? {
        None => Ok(Style::Long),
        Some(s) => Style::parse(s).ok_or_else(|| {
            Error::message(format!(
                "unknown date style `{s}`: use long, medium or short"
            ))
        }),
    }
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use super::*;
    use crate::config::{Config, Overrides};
    use crate::theme::{Layer, SourceFile};

    /// `template` rendered in each of de, ca and en, all three with the catalog `ftl`.
    fn render_in_each(ftl: &str, template: &str) -> Vec<String> {
        let config = Config::parse(
            Path::new("."),
            "base_url = 'https://x.org'\ndefault_language = 'en'\n[languages.de]\n[languages.ca]\n[languages.en]\n",
            &Overrides::default(),
        )
        .unwrap();
        let sources: Vec<SourceFile> = ["de", "ca", "en"]
            .iter()
            .map(|lang| SourceFile {
                name: format!("i18n/{lang}/site.ftl"),
                display: PathBuf::from(format!("i18n/{lang}/site.ftl")),
                text: ftl.to_string(),
                layer: Layer::Site,
            })
            .collect();
        let (i18n, problems) = I18n::load(&config, &sources);
        assert!(!problems.has_errors());
        let mut tera = Tera::default();
        register(&mut tera, Arc::new(i18n));
        tera.add_raw_template("t", template).unwrap();
        ["de", "ca", "en"]
            .iter()
            .map(|lang| {
                let mut ctx = tera::Context::new();
                ctx.insert("lang", lang);
                tera.render("t", &ctx).unwrap()
            })
            .collect()
    }

    #[test]
    fn numbers_in_messages_are_formatted_per_locale() {
        let ftl = "members = { $count ->\n    [one] { $count } member\n   *[other] { $count } members\n}\nprice = { $amount } or { 1.50 }\n";
        assert_eq!(
            render_in_each(ftl, r#"{{ t(key="members", count=1234) }}"#),
            ["1.234 members", "1.234 members", "1,234 members"]
        );
        // Plural forms are still chosen by the value.
        assert_eq!(
            render_in_each(ftl, r#"{{ t(key="members", count=1) }}"#),
            ["1 member", "1 member", "1 member"]
        );
        // Decimals as `number()` writes them; a literal keeps its digits after the separator.
        assert_eq!(
            render_in_each(
                ftl,
                r#"{{ t(key="price", amount=1234.5) }} / {{ number(value=1234.5) }}"#
            ),
            [
                "1.234,5 or 1,50 / 1.234,5",
                "1.234,5 or 1,50 / 1.234,5",
                "1,234.5 or 1.50 / 1,234.5"
            ]
        );
    }
}
