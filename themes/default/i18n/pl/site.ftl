# Teksty interfejsu domyślnego motywu bulletin: ramy strony, informacja o finansowaniu, zapis na newsletter, wyszukiwanie. Polski.
# Witryna może zastąpić dowolny komunikat komunikatem o tym samym identyfikatorze we własnym pliku i18n/pl/*.ftl.
# Zmienne nie odmieniają się, dlatego zdania są zbudowane tak, by zmienne stały w mianowniku.

## Informacja o finansowaniu (Unia Europejska)

# The European Commission's wording of the funding statement, shown with the EU emblem (partials/eu-emblem.html).
funding-funded-by = Sfinansowane przez Unię Europejską
funding-cofunded-by = Współfinansowane przez Unię Europejską
# $number: the grant agreement's number, inserted as it is.
funding-grant-agreement = Umowa o udzielenie dotacji nr { $number }
# $authority: the granting authority's name as the site gives it in this language (e.g. EACEA). It follows the
# generic term in brackets, so that it never has to be declined or take an article.
funding-views = Wyrażone poglądy i opinie są jednak wyłącznie poglądami i opiniami autora lub autorów i niekoniecznie odzwierciedlają poglądy i opinie Unii Europejskiej lub organu przyznającego dotację ({ $authority }). Ani Unia Europejska, ani organ przyznający dotację nie ponoszą za nie odpowiedzialności.
# The same disclaimer when the site names no granting authority.
funding-views-eu = Wyrażone poglądy i opinie są jednak wyłącznie poglądami i opiniami autora lub autorów i niekoniecznie odzwierciedlają poglądy i opinie Unii Europejskiej. Ani Unia Europejska, ani organ przyznający dotację nie ponoszą za nie odpowiedzialności.
# Before the names or logos of the project's other funders.
funding-other = Wspierają nas także

## Stopka i tożsamość witryny (base.html)

# Heading of the links to the site's social media accounts.
footer-social = Obserwuj nas

## Zapis na newsletter

subscribe-heading = Zapisz się na newsletter
# $language: the newsletter's language, by its own name, already formatted.
subscribe-intro = Otrzymuj nasze wiadomości e-mailem. Język newslettera: { $language }.
subscribe-email = Adres e-mail
subscribe-name = Imię (opcjonalnie)
subscribe-button = Zapisz się
# Label of the consent checkbox.
subscribe-consent = Wyrażam zgodę na otrzymywanie tego newslettera e-mailem. Mogę z niego zrezygnować w każdej chwili za pomocą linku w każdej wiadomości.
# Link to the site's privacy notice.
subscribe-privacy = Jak przetwarzamy Twoje dane
# Marks a required field.
subscribe-required = wymagane
