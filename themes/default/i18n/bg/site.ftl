# Текстове на интерфейса на стандартната тема на bulletin: рамка на страницата, информация за финансирането, абониране, търсене. Български.
# Сайтът може да замени всяко съобщение със съобщение със същия идентификатор в собствения си файл i18n/bg/*.ftl.

## Информация за финансирането (Европейски съюз)

# The European Commission's wording of the funding statement, shown with the EU emblem (partials/eu-emblem.html).
funding-funded-by = Финансирано от Европейския съюз
funding-cofunded-by = Съфинансирано от Европейския съюз
# $number: the grant agreement's number, inserted as it is.
funding-grant-agreement = Споразумение за отпускане на безвъзмездни средства № { $number }
# $authority: the granting authority's name as the site gives it in this language (e.g. EACEA). It follows the
# generic term in brackets, so that it never has to be declined or take an article.
funding-views = Изразените възгледи и мнения обаче принадлежат изцяло на автора или авторите и не отразяват непременно възгледите и мненията на Европейския съюз или на предоставящия орган ({ $authority }). За тях не носят отговорност нито Европейският съюз, нито предоставящият орган.
# The same disclaimer when the site names no granting authority.
funding-views-eu = Изразените възгледи и мнения обаче принадлежат изцяло на автора или авторите и не отразяват непременно възгледите и мненията на Европейския съюз. За тях не носят отговорност нито Европейският съюз, нито предоставящият орган.
# Before the names or logos of the project's other funders.
funding-other = С подкрепата и на

## Долен колонтитул и идентичност на сайта (base.html)

# Heading of the links to the site's social media accounts.
footer-social = Последвайте ни

## Абониране за бюлетина

subscribe-heading = Абонирайте се за бюлетина
# $language: the newsletter's language, by its own name, already formatted.
subscribe-intro = Получавайте новините ни по имейл. Език на бюлетина: { $language }.
subscribe-email = Имейл адрес
subscribe-name = Име (по желание)
subscribe-button = Абониране
# Label of the consent checkbox.
subscribe-consent = Съгласявам се да получавам този бюлетин по имейл. Мога да се отпиша по всяко време чрез връзката във всеки имейл.
# Link to the site's privacy notice.
subscribe-privacy = Как обработваме данните ви
# Marks a required field.
subscribe-required = задължително
