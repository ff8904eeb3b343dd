//! Keeps the module layering of `src/` honest. The layers are listed here, in [`LAYERS`], top
//! layer first: a module may import the modules of its own layer and of the layers below it,
//! never one above, and no two modules may import each other, directly or through a cycle.
//!
//! The sources are read as text. `crate::x`, `bulletin::x` (the binary reaching the library),
//! `super::` paths that climb to a crate root and every item of `use crate::{a, b::c}` count;
//! comments and string literals do not. `src/lib.rs` only declares modules and re-exports, so it
//! is exempt: a name it brings in with `use` counts as the module it comes from, and any other
//! item of the library root reached from a module is reported (the root would be a hidden
//! layer). An item of `src/main.rs` counts as the module `main`.
//!
//! To add a module: put its name in the right layer of [`LAYERS`] and describe it in the
//! README's Code section. If it must import a module above it, the code it needs belongs lower.

use std::collections::btree_map::Entry;
use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::path::Path;

/// The layers, top first, with the top-level modules in each (`src/x.rs` and `src/x/` are `x`).
const LAYERS: &[(&str, &[&str])] = &[
    (
        "commands",
        &["main", "cli", "summary", "terminal", "commands", "serve"],
    ),
    ("pipeline", &["pipeline"]),
    ("render", &["render"]),
    ("outputs", &["output", "views"]),
    ("plan", &["plan"]),
    ("site", &["site"]),
    (
        "sources",
        &["content", "i18n", "images", "theme", "markdown", "import"],
    ),
    ("config", &["config"]),
    ("leaves", &["urls", "fs", "error", "toml_spans"]),
];

/// The package's name, by which the binary (`src/main.rs` and its modules) reaches the library.
const CRATE: &str = "bulletin";

#[test]
fn the_crate_only_imports_downwards() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    sources(root, &root.join("src"), &mut files);
    files.sort();
    let problems = check(LAYERS, &files);
    assert!(
        problems.is_empty(),
        "{} layering problems (the layers are in tests/layers.rs):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// Every `.rs` file under `dir`, as its path from the package root (`src/…`) and its text.
fn sources(root: &Path, dir: &Path, files: &mut Vec<(String, String)>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let path = entry
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .path();
        if path.is_dir() {
            sources(root, &path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let relative = path
                .strip_prefix(root)
                .expect("a file under the package root");
            let parts: Vec<_> = relative.iter().map(|p| p.to_string_lossy()).collect();
            files.push((parts.join("/"), text));
        }
    }
}

/// Every layering problem of `files` (path from the package root, text), one message each.
fn check(layers: &[(&str, &[&str])], files: &[(String, String)]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut layer_of = BTreeMap::new();
    for (index, (layer, modules)) in layers.iter().enumerate() {
        for module in *modules {
            if layer_of.insert(*module, (index, *layer)).is_some() {
                problems.push(format!("tests/layers.rs: LAYERS lists `{module}` twice"));
            }
        }
    }
    let roots = roots(files);

    // Modules found as files or folders, or declared by a crate root, that no layer holds.
    let mut found = BTreeMap::new();
    for (path, _) in files {
        if let Some(top) = top_module(path) {
            let place = if path[4..].contains('/') {
                format!("src/{top}/")
            } else {
                path.clone()
            };
            found.entry(top.to_string()).or_insert(place);
        }
    }
    for (path, source) in files {
        if path == "src/lib.rs" || path == "src/main.rs" {
            for (line, module) in declared(&lex(source)) {
                found.entry(module).or_insert(format!("{path}:{line}"));
            }
        }
    }
    for (module, place) in found {
        if !layer_of.contains_key(module.as_str()) {
            problems.push(format!(
                "{place}: module `{module}` is not in LAYERS: add it to LAYERS in \
                 tests/layers.rs and to the README's Code section"
            ));
        }
    }

    // Imports: upward ones and the crate root are reported; all make the graph for cycles.
    let mut edges: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for (path, source) in files {
        let Some(from) = top_module(path) else {
            continue;
        };
        let mut lines: BTreeMap<Target, Vec<usize>> = BTreeMap::new();
        for (line, target) in references(path, source, &roots) {
            lines.entry(target).or_default().push(line);
        }
        let mut by_line: Vec<_> = lines.into_iter().collect();
        by_line.sort_by_key(|(_, lines)| lines[0]);
        for (target, mut lines) in by_line {
            lines.dedup();
            let at = format!("{path}:{}", lines[0]);
            let also = match &lines[1..] {
                [] => String::new(),
                more => {
                    let plural = if more.len() > 1 { "s" } else { "" };
                    let more: Vec<_> = more.iter().map(usize::to_string).collect();
                    format!(" (also line{plural} {})", more.join(", "))
                }
            };
            match target {
                Target::Root(item) => problems.push(format!(
                    "{at}: module `{from}` reaches the crate root for `{item}`{also}: modules \
                     must not reach the crate root; move `{item}` into a module"
                )),
                Target::Module(to) if to != from => {
                    if let (Some(&(a, la)), Some(&(b, lb))) =
                        (layer_of.get(from), layer_of.get(to.as_str()))
                        && b < a
                    {
                        problems.push(format!(
                            "{at}: module `{from}` (layer {la}) imports `{to}` (layer {lb}), a \
                             layer above it{also}"
                        ));
                    }
                    let targets = edges.entry(from.to_string()).or_default();
                    targets.entry(to).or_insert(at);
                }
                Target::Module(_) => {}
            }
        }
    }

    // Cycles: the shortest one through each module, each cycle once.
    let mut cycles = BTreeSet::new();
    for start in edges.keys() {
        if let Some(cycle) = shortest_cycle(&edges, start) {
            let body = &cycle[1..];
            let first = (0..body.len()).min_by_key(|&k| body[k]).unwrap_or(0);
            let mut cycle: Vec<&str> = body[first..]
                .iter()
                .chain(&body[..first])
                .copied()
                .collect();
            cycle.push(cycle[0]);
            cycles.insert(cycle);
        }
    }
    for cycle in cycles {
        let steps: Vec<String> = cycle
            .windows(2)
            .map(|w| format!("{} imports `{}`", edges[w[0]][w[1]], w[1]))
            .collect();
        problems.push(format!(
            "{}: modules import each other in a cycle, {} ({})",
            edges[cycle[0]][cycle[1]],
            cycle.join(" → "),
            steps.join("; ")
        ));
    }
    problems
}

/// The shortest path of imports from `start` back to it, both ends included.
fn shortest_cycle<'a>(
    edges: &'a BTreeMap<String, BTreeMap<String, String>>,
    start: &'a str,
) -> Option<Vec<&'a str>> {
    let mut parent: BTreeMap<&str, &str> = BTreeMap::new();
    let mut queue = VecDeque::from([start]);
    while let Some(node) = queue.pop_front() {
        for next in edges.get(node).into_iter().flat_map(BTreeMap::keys) {
            if next == start {
                let mut cycle = vec![start, node];
                while let Some(&up) = parent.get(cycle[cycle.len() - 1]) {
                    cycle.push(up);
                }
                cycle.reverse();
                return Some(cycle);
            }
            if let Entry::Vacant(entry) = parent.entry(next) {
                entry.insert(node);
                queue.push_back(next);
            }
        }
    }
    None
}

/// Where a path from a crate root leads: a top-level module, or an item of the library root.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Target {
    Module(String),
    Root(String),
}

/// What the crate roots hold: the library's modules, the binary's (declared in `src/main.rs`),
/// and each name the library root brings in with `use`, with the module it comes from.
#[derive(Default)]
struct Roots {
    library: BTreeSet<String>,
    binary: BTreeSet<String>,
    uses: BTreeMap<String, String>,
}

fn roots(files: &[(String, String)]) -> Roots {
    let mut roots = Roots::default();
    let source = |root: &str| files.iter().find(|(p, _)| p == root).map(|(_, s)| lex(s));
    let names = |tokens: &[Token]| declared(tokens).into_iter().map(|(_, m)| m);
    if let Some(tokens) = source("src/main.rs") {
        roots.binary.extend(names(&tokens));
    }
    for (path, _) in files {
        match top_module(path) {
            Some(top) if top != "main" && !roots.binary.contains(top) => {
                roots.library.insert(top.to_string());
            }
            _ => {}
        }
    }
    if let Some(tokens) = source("src/lib.rs") {
        roots.library.extend(names(&tokens));
        roots.uses = root_uses(&tokens, &roots.library);
    }
    roots
}

/// The top-level module of a file (`src/x.rs`, `src/x/…` → `x`); `None` for `src/lib.rs`.
fn top_module(path: &str) -> Option<&str> {
    let inside = path.strip_prefix("src/")?;
    let top = match inside.split_once('/') {
        Some((folder, _)) => folder,
        None => inside.strip_suffix(".rs")?,
    };
    (top != "lib").then_some(top)
}

/// How deep a file's module is: `src/x/y.rs` is `x::y`, 2; `src/x/mod.rs` 1; a crate root 0.
fn module_depth(path: &str) -> usize {
    let inside = path.strip_prefix("src/").unwrap_or(path);
    let depth = inside.matches('/').count() + 1;
    let root = matches!(inside, "main.rs" | "lib.rs");
    depth - usize::from(root || inside.ends_with("/mod.rs"))
}

/// The file modules a crate root declares (`mod x;`), with their lines.
fn declared(tokens: &[Token]) -> Vec<(usize, String)> {
    tokens
        .windows(3)
        .filter(|w| w[0].text == "mod" && is_name(&w[1].text) && w[2].text == ";")
        .map(|w| (w[1].line, w[1].text.clone()))
        .collect()
}

/// The names the library root brings in with `use` (its modules can reach them as
/// `crate::Name`), each with the module of the library it comes from.
fn root_uses(tokens: &[Token], library: &BTreeSet<String>) -> BTreeMap<String, String> {
    let mut names = BTreeMap::new();
    for (start, _) in tokens.iter().enumerate().filter(|(_, t)| t.text == "use") {
        let statement = tokens[start + 1..]
            .split(|t| t.text == ";")
            .next()
            .unwrap_or_default();
        let (mut module, mut depth, mut grouped) = (None, 0, false);
        for (k, token) in statement.iter().enumerate() {
            let next = statement.get(k + 1).map_or(";", |t| t.text.as_str());
            match token.text.as_str() {
                "{" => {
                    depth += 1;
                    grouped |= module.is_none();
                }
                "}" => depth -= 1,
                "," if grouped && depth == 1 => module = None,
                "::" | "crate" | "self" if module.is_none() => {}
                first if module.is_none() => module = Some(first),
                name if is_name(name) && matches!(next, "," | "}" | ";") => {
                    if let Some(m) = module.filter(|m| library.contains(*m)) {
                        names.insert(name.to_string(), m.to_string());
                    }
                }
                _ => {}
            }
        }
    }
    names
}

/// Every reference a file makes to a crate root, with its line: `crate::x`, `bulletin::x`,
/// `super::` paths climbing to the root, and in `src/main.rs` paths from a module it declares.
fn references(path: &str, source: &str, roots: &Roots) -> Vec<(usize, Target)> {
    let tokens = lex(source);
    let text = |i: usize| tokens.get(i).map_or("", |t| t.text.as_str());
    let top = top_module(path).unwrap_or_default();
    let binary = top == "main" || roots.binary.contains(top);
    let depth_of_file = module_depth(path);
    let mut found = Vec::new();
    // Inline modules (`mod tests {`) open here, with the brace depth of their body.
    let (mut inline, mut depth) = (Vec::new(), 0);
    for (i, token) in tokens.iter().enumerate() {
        let prev = if i == 0 { "" } else { text(i - 1) };
        let mut start = None;
        match token.text.as_str() {
            "{" => {
                depth += 1;
                if i >= 2 && text(i - 2) == "mod" {
                    inline.push(depth);
                }
            }
            "}" => {
                if inline.last() == Some(&depth) {
                    inline.pop();
                }
                depth -= 1;
            }
            _ if text(i + 1) != "::" || matches!(prev, "::" | ".") => {}
            "crate" => start = Some((i + 2, binary)),
            CRATE => start = Some((i + 2, false)),
            "super" => {
                let climbs = (i..)
                    .step_by(2)
                    .take_while(|&j| text(j) == "super" && text(j + 1) == "::")
                    .count();
                if climbs == depth_of_file + inline.len() {
                    start = Some((i + 2 * climbs, binary));
                }
            }
            name if path == "src/main.rs" && roots.binary.contains(name) => {
                found.push((token.line, Target::Module(name.to_string())));
            }
            _ => {}
        }
        if let Some((first, binary)) = start {
            for (line, name, called) in first_segments(&tokens, first) {
                found.push((line, resolve(roots, binary, name, called)));
            }
        }
    }
    found
}

/// The first segment of the path at `tokens[i]`, just after a crate root, or of each item of a
/// `{…}` group there; with its line, and whether it is called (`crate::f(…)`, `crate::m!`).
fn first_segments(tokens: &[Token], i: usize) -> Vec<(usize, &str, bool)> {
    let Some(first) = tokens.get(i) else {
        return Vec::new();
    };
    if first.text != "{" {
        let called = tokens
            .get(i + 1)
            .is_some_and(|t| t.text == "(" || t.text == "!");
        let name = is_name(&first.text).then_some((first.line, first.text.as_str(), called));
        return name.into_iter().collect();
    }
    let (mut found, mut depth, mut expect) = (Vec::new(), 0, true);
    for token in &tokens[i..] {
        match token.text.as_str() {
            "{" => depth += 1,
            "}" if depth == 1 => break,
            "}" => depth -= 1,
            "," if depth == 1 => expect = true,
            name if expect && is_name(name) => {
                found.push((token.line, name, false));
                expect = false;
            }
            _ => expect = false,
        }
    }
    found
}

/// What `name` is at the root of the binary (`binary`) or of the library.
fn resolve(roots: &Roots, binary: bool, name: &str, called: bool) -> Target {
    let module = |m: &str| Target::Module(m.to_string());
    if binary {
        // The binary's root is the module `main`.
        return module(if !called && roots.binary.contains(name) {
            name
        } else {
            "main"
        });
    }
    match roots.uses.get(name) {
        _ if !called && roots.library.contains(name) => module(name),
        Some(from) => module(from),
        None => Target::Root(name.to_string()),
    }
}

/// Whether `text` is an identifier that names something (not `self`, `super` or `crate`).
fn is_name(text: &str) -> bool {
    text.starts_with(|c: char| c == '_' || c.is_alphabetic())
        && !matches!(text, "self" | "Self" | "super" | "crate")
}

/// A token of Rust source: an identifier, keyword or number, `::`, or another single character.
#[derive(Debug)]
struct Token {
    text: String,
    line: usize,
}

/// Splits Rust source into tokens, leaving out comments and the text of literals (strings, raw
/// strings, byte and C strings, characters) and lifetimes.
fn lex(source: &str) -> Vec<Token> {
    let chars: Vec<char> = source.chars().collect();
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    let word_char = |c: char| c == '_' || c.is_alphanumeric();
    let (mut tokens, mut i, mut line) = (Vec::new(), 0, 1);
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c.is_whitespace() {
            i += 1;
        } else if c == '/' && at(i + 1) == '/' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && at(i + 1) == '*' {
            let mut depth = 0;
            while i < chars.len() {
                if at(i) == '/' && at(i + 1) == '*' {
                    (depth, i) = (depth + 1, i + 2);
                } else if at(i) == '*' && at(i + 1) == '/' {
                    (depth, i) = (depth - 1, i + 2);
                    if depth == 0 {
                        break;
                    }
                } else {
                    line += usize::from(chars[i] == '\n');
                    i += 1;
                }
            }
        } else if c == '"' {
            i = skip_string(&chars, i + 1, None, &mut line);
        } else if c == '\'' {
            i = skip_quote(&chars, i);
        } else if word_char(c) {
            let start = i;
            while i < chars.len() && word_char(chars[i]) {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            let raw = matches!(word.as_str(), "r" | "br" | "cr");
            let hashes = chars[i..].iter().take_while(|&&c| c == '#').count();
            if matches!(word.as_str(), "b" | "c") && at(i) == '"' {
                i = skip_string(&chars, i + 1, None, &mut line);
            } else if raw && at(i + hashes) == '"' {
                i = skip_string(&chars, i + hashes + 1, Some(hashes), &mut line);
            } else if word == "b" && at(i) == '\'' {
                i = skip_quote(&chars, i);
            } else if word == "r" && hashes == 1 && word_char(at(i + 1)) {
                i += 1; // A raw identifier, `r#name`: the name comes next.
            } else {
                tokens.push(Token { text: word, line });
            }
        } else if c == ':' && at(i + 1) == ':' {
            tokens.push(Token {
                text: "::".into(),
                line,
            });
            i += 2;
        } else {
            tokens.push(Token {
                text: c.into(),
                line,
            });
            i += 1;
        }
    }
    tokens
}

/// Skips a string from `i`, just after its opening quote, to just after its closing one;
/// `raw` is the number of `#`s of a raw string, `None` for a string with escapes.
fn skip_string(chars: &[char], mut i: usize, raw: Option<usize>, line: &mut usize) -> usize {
    while i < chars.len() {
        match chars[i] {
            '\\' if raw.is_none() => i += 1,
            '"' => {
                let hashes = raw.unwrap_or(0);
                let closing = chars.get(i + 1..i + 1 + hashes);
                if closing.is_some_and(|h| h.iter().all(|&c| c == '#')) {
                    return i + 1 + hashes;
                }
            }
            _ => {}
        }
        *line += usize::from(chars.get(i) == Some(&'\n'));
        i += 1;
    }
    i
}

/// Skips a character literal (`'x'`, `'\''`, `'\u{e9}'`) or a lifetime or label (`'a`) at `i`.
fn skip_quote(chars: &[char], i: usize) -> usize {
    if chars.get(i + 1) == Some(&'\\') {
        (i + 3..chars.len())
            .find(|&j| chars[j] == '\'')
            .map_or(chars.len(), |j| j + 1)
    } else if chars.get(i + 2) == Some(&'\'') {
        i + 3
    } else {
        let name = chars[i + 1..]
            .iter()
            .take_while(|&&c| c == '_' || c.is_alphanumeric());
        i + 1 + name.count()
    }
}

/// The layers of the checker's own tests.
const TEST_LAYERS: &[(&str, &[&str])] = &[
    ("top", &["main", "cli"]),
    ("middle", &["render", "content", "news"]),
    ("bottom", &["config", "fs"]),
];

fn problems(files: &[(&str, &str)]) -> Vec<String> {
    let files: Vec<_> = files
        .iter()
        .map(|(path, source)| (path.to_string(), source.to_string()))
        .collect();
    check(TEST_LAYERS, &files)
}

#[test]
fn an_upward_import_is_reported_with_its_line() {
    let found = problems(&[
        (
            "src/config/mod.rs",
            "//! Settings.\n\nuse crate::fs;\nuse crate::render::Page;\n",
        ),
        (
            "src/render.rs",
            "use crate::fs;\nfn f() { crate::render::g(); }\n",
        ),
        ("src/fs.rs", ""),
    ]);
    assert_eq!(
        found,
        [
            "src/config/mod.rs:4: module `config` (layer bottom) imports `render` (layer \
             middle), a layer above it"
        ]
    );
}

#[test]
fn a_cycle_within_a_layer_is_reported() {
    let found = problems(&[
        ("src/content/mod.rs", "mod load;\npub struct Page;\n"),
        ("src/content/load.rs", "use crate::news::Issue;\n"),
        (
            "src/news.rs",
            "\n\npub fn f() { crate::content::load(); }\n",
        ),
        ("src/render.rs", "use crate::content;\n"),
    ]);
    assert_eq!(
        found,
        [
            "src/content/load.rs:1: modules import each other in a cycle, content → news → \
             content (src/content/load.rs:1 imports `news`; src/news.rs:3 imports `content`)"
        ]
    );
}

#[test]
fn comments_and_strings_are_ignored() {
    let source = r##"//! See [`crate::render`] and crate::news.
/// Uses `crate::render::Page`.
/* crate::render /* nested: crate::news */ crate::render */
fn f<'a>(s: &'a str) -> char {
    let _ = ("crate::render", r"crate::\", r#"a "crate::news" b"#, b"crate::render", "\"");
    let _ = ('"', '\'', b'"', '\u{22}', "crate::render\
        crate::news");
    crate::news::f(s); // crate::render
    'label: loop { break 'label '{'; }
}
"##;
    let found = problems(&[
        ("src/config.rs", source),
        ("src/news.rs", ""),
        ("src/render.rs", ""),
    ]);
    assert_eq!(
        found,
        [
            "src/config.rs:8: module `config` (layer bottom) imports `news` (layer middle), a \
             layer above it"
        ]
    );
}

#[test]
fn grouped_imports_are_seen() {
    let source = "use crate::{\n    fs::{self, Sink},\n    render,\n    news::{a, b::C},\n};\n";
    let found = problems(&[
        ("src/config.rs", source),
        ("src/fs.rs", ""),
        ("src/news.rs", ""),
        ("src/render.rs", ""),
    ]);
    assert_eq!(
        found,
        [
            "src/config.rs:3: module `config` (layer bottom) imports `render` (layer middle), a \
             layer above it",
            "src/config.rs:4: module `config` (layer bottom) imports `news` (layer middle), a \
             layer above it",
        ]
    );
}

#[test]
fn an_unknown_module_is_reported() {
    let found = problems(&[
        ("src/lib.rs", "pub mod extra;\npub mod fs;\nmod ghost;\n"),
        ("src/extra/mod.rs", "mod more;\n"),
        ("src/extra/more.rs", "use crate::fs;\n"),
        ("src/fs.rs", ""),
    ]);
    let advice = "is not in LAYERS: add it to LAYERS in tests/layers.rs and to the README's \
                  Code section";
    assert_eq!(
        found,
        [
            format!("src/extra/: module `extra` {advice}"),
            format!("src/lib.rs:3: module `ghost` {advice}"),
        ]
    );
}

#[test]
fn the_crate_root_is_not_a_layer() {
    let lib = "pub mod config;\n\
               pub mod fs;\n\
               pub use fs::{Sink, write as put};\n\
               pub struct Failure;\n";
    let content = "use crate::Sink;\n\
                   fn f() -> crate::Failure { crate::put() }\n";
    let config = "mod tests {\n\
                      use super::super::super::render::X;\n\
                      use super::super::Y;\n\
                  }\n";
    let found = problems(&[
        ("src/lib.rs", lib),
        ("src/fs.rs", ""),
        ("src/render.rs", ""),
        ("src/config/raw.rs", config),
        ("src/content.rs", content),
    ]);
    assert_eq!(
        found,
        [
            "src/config/raw.rs:2: module `config` (layer bottom) imports `render` (layer \
             middle), a layer above it",
            "src/content.rs:2: module `content` reaches the crate root for `Failure`: modules \
             must not reach the crate root; move `Failure` into a module",
        ]
    );
}

#[test]
fn the_binary_reaches_the_library_by_its_name() {
    let main = "mod cli;\n\
                use cli::Cli;\n\
                fn main() { bulletin::render::f(); bulletin::absolute() }\n\
                fn helper() {}\n";
    let found = problems(&[
        ("src/main.rs", main),
        ("src/cli.rs", "fn f() { crate::helper() }\n"),
        ("src/render.rs", "use crate::fs;\n"),
        ("src/fs.rs", ""),
    ]);
    assert_eq!(
        found,
        [
            "src/main.rs:3: module `main` reaches the crate root for `absolute`: modules must \
             not reach the crate root; move `absolute` into a module",
            "src/cli.rs:1: modules import each other in a cycle, cli → main → cli (src/cli.rs:1 \
             imports `main`; src/main.rs:2 imports `cli`)",
        ]
    );
}
