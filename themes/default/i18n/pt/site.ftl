# Textos da interface do tema predefinido do bulletin: estrutura da página, menção do financiamento, subscrição, pesquisa. Português (norma europeia).
# Um site pode substituir qualquer mensagem com o mesmo identificador no seu próprio i18n/pt/*.ftl.

## Menção do financiamento (União Europeia)

# The European Commission's wording of the funding statement, shown with the EU emblem (partials/eu-emblem.html).
funding-funded-by = Financiado pela União Europeia
funding-cofunded-by = Cofinanciado pela União Europeia
# $number: the grant agreement's number, inserted as it is.
funding-grant-agreement = Convenção de subvenção n.º { $number }
# $authority: the granting authority's name as the site gives it in this language (e.g. EACEA). It follows the
# generic term in brackets, so that it never has to be declined or take an article.
funding-views = Os pontos de vista e as opiniões expressos são, no entanto, apenas os do(s) autor(es) e não refletem necessariamente os da União Europeia ou da autoridade concedente ({ $authority }). Nem a União Europeia nem a autoridade concedente podem ser responsabilizadas por eles.
# The same disclaimer when the site names no granting authority.
funding-views-eu = Os pontos de vista e as opiniões expressos são, no entanto, apenas os do(s) autor(es) e não refletem necessariamente os da União Europeia. Nem a União Europeia nem a autoridade concedente podem ser responsabilizadas por eles.
# Before the names or logos of the project's other funders.
funding-other = Com o apoio também de

## Rodapé e identidade do site (base.html)

# Heading of the links to the site's social media accounts.
footer-social = Siga-nos

## Subscrição da newsletter

subscribe-heading = Subscreva a newsletter
# $language: the newsletter's language, by its own name, already formatted.
subscribe-intro = Receba as nossas notícias por e-mail, em { $language }.
subscribe-email = Endereço de e-mail
subscribe-name = Nome (opcional)
subscribe-button = Subscrever
# Label of the consent checkbox.
subscribe-consent = Aceito receber esta newsletter por e-mail. Posso cancelar a subscrição a qualquer momento através da ligação incluída em cada e-mail.
# Link to the site's privacy notice.
subscribe-privacy = Como tratamos os seus dados
# Marks a required field.
subscribe-required = obrigatório
