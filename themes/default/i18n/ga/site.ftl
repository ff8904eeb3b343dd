# Téacsanna comhéadain théama réamhshocraithe bulletin: fráma an leathanaigh, ráiteas maoinithe, liostáil, cuardach. Gaeilge.
# Is féidir le suíomh aon teachtaireacht a shárú trí theachtaireacht leis an aitheantas céanna a chur ina i18n/ga/*.ftl féin.

## Ráiteas maoinithe (an tAontas Eorpach)

# The European Commission's wording of the funding statement, shown with the EU emblem (partials/eu-emblem.html).
funding-funded-by = Arna mhaoiniú ag an Aontas Eorpach
funding-cofunded-by = Arna chómhaoiniú ag an Aontas Eorpach
# $number: the grant agreement's number, inserted as it is.
funding-grant-agreement = Comhaontú deontais Uimh. { $number }
# $authority: the granting authority's name as the site gives it in this language (e.g. EACEA). It follows the
# generic term in brackets, so that it never has to be declined or take an article.
funding-views = Is leis an údar nó leis na húdair amháin, áfach, na tuairimí agus na barúlacha a chuirtear in iúl, agus ní gá go léiríonn siad tuairimí an Aontais Eorpaigh ná an údaráis deonúcháin ({ $authority }). Ní féidir an tAontas Eorpach ná an t-údarás deonúcháin a chur faoi dhliteanas astu.
# The same disclaimer when the site names no granting authority.
funding-views-eu = Is leis an údar nó leis na húdair amháin, áfach, na tuairimí agus na barúlacha a chuirtear in iúl, agus ní gá go léiríonn siad tuairimí an Aontais Eorpaigh. Ní féidir an tAontas Eorpach ná an t-údarás deonúcháin a chur faoi dhliteanas astu.
# Before the names or logos of the project's other funders.
funding-other = Tacaíocht bhreise

## Buntásc agus féiniúlacht an tsuímh (base.html)

# Heading of the links to the site's social media accounts.
footer-social = Lean sinn

## Liostáil leis an nuachtlitir

subscribe-heading = Liostáil leis an nuachtlitir
# $language: the newsletter's language, by its own name, already formatted.
subscribe-intro = Faigh ár nuacht trí ríomhphost. Teanga na nuachtlitreach: { $language }.
subscribe-email = Seoladh ríomhphoist
subscribe-name = Ainm (roghnach)
subscribe-button = Liostáil
# Label of the consent checkbox.
subscribe-consent = Aontaím an nuachtlitir seo a fháil trí ríomhphost. Is féidir liom díliostáil am ar bith leis an nasc atá i ngach ríomhphost.
# Link to the site's privacy notice.
subscribe-privacy = Conas a láimhseálaimid do shonraí
# Marks a required field.
subscribe-required = riachtanach
