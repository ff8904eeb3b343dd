# Testi tal-interfaċċa tat-tema predefinita ta’ bulletin: qafas tal-paġna, dikjarazzjoni tal-finanzjament, abbonament, tfittxija. Malti.
# Sit jista’ jissostitwixxi kwalunkwe messaġġ b’messaġġ bl-istess ID fl-i18n/mt/*.ftl tiegħu stess.

## Dikjarazzjoni tal-finanzjament (Unjoni Ewropea)

# The European Commission's wording of the funding statement, shown with the EU emblem (partials/eu-emblem.html).
funding-funded-by = Iffinanzjat mill-Unjoni Ewropea
funding-cofunded-by = Kofinanzjat mill-Unjoni Ewropea
# $number: the grant agreement's number, inserted as it is.
funding-grant-agreement = Ftehim ta’ għotja Nru { $number }
# $authority: the granting authority's name as the site gives it in this language (e.g. EACEA). It follows the
# generic term in brackets, so that it never has to be declined or take an article.
funding-views = Madankollu, il-fehmiet u l-opinjonijiet espressi huma biss dawk tal-awtur(i) u mhux neċessarjament jirriflettu dawk tal-Unjoni Ewropea jew tal-awtorità tal-għoti ({ $authority }). La l-Unjoni Ewropea u lanqas l-awtorità tal-għoti ma jistgħu jinżammu responsabbli għalihom.
# The same disclaimer when the site names no granting authority.
funding-views-eu = Madankollu, il-fehmiet u l-opinjonijiet espressi huma biss dawk tal-awtur(i) u mhux neċessarjament jirriflettu dawk tal-Unjoni Ewropea. La l-Unjoni Ewropea u lanqas l-awtorità tal-għoti ma jistgħu jinżammu responsabbli għalihom.
# Before the names or logos of the project's other funders.
funding-other = Appoġġjat ukoll minn

## Footer u identità tas-sit (base.html)

# Heading of the links to the site's social media accounts.
footer-social = Segwina

## Abbonament għall-bullettin

subscribe-heading = Abbona għall-bullettin
# $language: the newsletter's language, by its own name, already formatted.
subscribe-intro = Irċievi l-aħbarijiet tagħna bl-email. Lingwa tal-bullettin: { $language }.
subscribe-email = Indirizz tal-email
subscribe-name = Isem (mhux obbligatorju)
subscribe-button = Abbona
# Label of the consent checkbox.
subscribe-consent = Naqbel li nirċievi dan il-bullettin bl-email. Nista’ nikkanċella l-abbonament fi kwalunkwe ħin permezz tal-link f’kull email.
# Link to the site's privacy notice.
subscribe-privacy = Kif nittrattaw id-data tiegħek
# Marks a required field.
subscribe-required = obbligatorju
