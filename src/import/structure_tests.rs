use super::*;
use crate::import::blocks::blocks;

fn md(text: &str) -> String {
    markdown(&blocks(text))
}

#[test]
fn headings_from_short_standalone_lines() {
    assert_eq!(
        md(
            "Objectives\n\nThe main priorities are to create a supportive environment for social enterprises.\n"
        ),
        "## Objectives\n\nThe main priorities are to create a supportive environment for social enterprises.\n"
    );
    // A name followed by a country is not a heading.
    assert_eq!(
        md("Municipality Hoče-Slivnica\n\nSlovenia\n"),
        "Municipality Hoče-Slivnica\n\nSlovenia\n"
    );
    assert_eq!(
        md("1st WORKSHOP\nSOCIAL ECONOMY\nCLUSTERING\n\nDate:"),
        "### 1st WORKSHOP SOCIAL ECONOMY CLUSTERING\n\nDate:\n"
    );
}

#[test]
fn bullet_and_numbered_lists() {
    assert_eq!(
        md(
            "Three pillars\n– Territorial Public Administrations (State, autonomous community and municipalities\nand Institutions (professional associations)\n– Social Economy Organizations\n"
        ),
        "Three pillars\n\n- Territorial Public Administrations (State, autonomous community and municipalities and Institutions (professional associations)\n- Social Economy Organizations\n"
    );
    assert_eq!(
        md(
            "  • Per una economia d’oportunitats\n  • Una nova economia\n\n  1. Generar ocupació\n  2. Crear mercat social\n"
        ),
        "- Per una economia d’oportunitats\n- Una nova economia\n\n1. Generar ocupació\n2. Crear mercat social\n"
    );
    assert_eq!(
        md(
            "Promoter and Stakeholders involved\nMinistry of Economic Development;\nNetwork of Slovenian Municipalities;\nETRI GROUP – a facilitator between\nprivate and public organisations;\n"
        ),
        "**Promoter and Stakeholders involved**\n\n- Ministry of Economic Development;\n- Network of Slovenian Municipalities;\n- ETRI GROUP – a facilitator between private and public organisations;\n"
    );
}

#[test]
fn links_and_link_lists() {
    assert_eq!(
        md(
            "Website: <https://www.interregeurope.eu/secon>\n\nTwitter: https://twitter.com/SeconProject_eu\n"
        ),
        "- [Website](https://www.interregeurope.eu/secon)\n- [Twitter](https://twitter.com/SeconProject_eu)\n"
    );
    assert_eq!(
        inline("Mail rajsp.monika@gmail.com or see https://example.org/a_b."),
        "Mail <rajsp.monika@gmail.com> or see <https://example.org/a_b>."
    );
}

#[test]
fn hard_wraps_are_joined_and_bold_kept() {
    assert_eq!(
        md(
            "These organizations bring together the interests of the social economy and contribute to its\ngrowth, creating a network.\nMonika Rajšp\nSeconet coordinator\n"
        ),
        "These organizations bring together the interests of the social economy and contribute to its growth, creating a network.\\\nMonika Rajšp\\\nSeconet coordinator\n"
    );
    assert_eq!(
        md("Das ist **fett** und <b> kein HTML."),
        "Das ist **fett** und \\<b> kein HTML.\n"
    );
    assert_eq!(
        md("Category of project:\nKnowledge Exchange"),
        "Category of project: Knowledge Exchange\n"
    );
}
