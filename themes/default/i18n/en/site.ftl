# UI strings of the default bulletin theme: site frame, funding statement, sign-up form, search. English.
# A site can override any message with the same id in its own i18n/en/*.ftl.

## Funding statement (European Union)

# The European Commission's wording of the funding statement, shown with the EU emblem (partials/eu-emblem.html).
funding-funded-by = Funded by the European Union
funding-cofunded-by = Co-funded by the European Union
# $number: the grant agreement's number, inserted as it is.
funding-grant-agreement = Grant agreement No { $number }
# $authority: the granting authority's name as the site gives it, e.g. “the European Education and Culture Executive Agency (EACEA)”.
funding-views = Views and opinions expressed are however those of the author(s) only and do not necessarily reflect those of the European Union or { $authority }. Neither the European Union nor { $authority } can be held responsible for them.
# The same disclaimer when the site names no granting authority.
funding-views-eu = Views and opinions expressed are however those of the author(s) only and do not necessarily reflect those of the European Union. Neither the European Union nor the granting authority can be held responsible for them.
# Before the names or logos of the project's other funders.
funding-other = Also supported by

## Footer and site identity (base.html)

# Heading of the links to the site's social media accounts.
footer-social = Follow us

## Newsletter sign-up form

subscribe-heading = Subscribe to the newsletter
# $language: the newsletter's language, by its own name, already formatted.
subscribe-intro = Receive our news by e-mail, in { $language }.
subscribe-email = E-mail address
subscribe-name = Name (optional)
subscribe-button = Subscribe
# Label of the consent checkbox.
subscribe-consent = I agree to receive this newsletter by e-mail. I can unsubscribe at any time with the link in every e-mail.
# Link to the site's privacy notice.
subscribe-privacy = How we handle your data
# Marks a required field.
subscribe-required = required
