# Текстове на изданието на бюлетина по имейл, на уеб версията му и на архива: български.
# Сайтът може да замени всяко съобщение със съобщение със същия идентификатор в собствения си файл i18n/bg/*.ftl.

## Имейлът (newsletter/email.html и newsletter/email.txt)

# Subject line and <title> of the e-mail. $site: the site title, $number: the issue number.
email-subject = { $site }, брой { $number }
# Preview text that mail clients show after the subject.
# $count: number of articles, $titles: their titles, separated by “ · ”.
email-preheader =
    { $count ->
        [one] В този брой: { $titles }
       *[other] { $count } статии в този брой: { $titles }
    }
# Link to the web version, at the top and in the footer.
email-view-in-browser = Отворете в браузъра
# Under the site title. $date: the issue's date, already formatted.
email-issue-line = Брой { $number } · { $date }
email-greeting = Здравейте,
# The paragraph after the greeting.
email-intro =
    { $count ->
        [one] Изпращаме ви най-новата статия от нашите проекти.
       *[other] Изпращаме ви { $count } най-нови статии от нашите проекти.
    }
email-read-more = Прочетете още
# Tooltip of the “Read more” button.
email-read-more-about = Прочетете още: { $title }
# $dates: the day or days of the event, already formatted.
email-event = Събитие: { $dates }
email-footer = Получавате този бюлетин, защото сте се абонирали за { $site }.
email-unsubscribe = Отписване
# Heading of the numbered list of links at the end of the text version.
email-links = Връзки

## Уеб версия и архив (newsletter/web.html, newsletter/archive.html)

# $title: the page's own title, $site: the site title.
newsletter-document-title = { $title } – { $site }
newsletter-issue-title = Брой { $number }
# $date: the issue's date, already formatted.
newsletter-issue-date = Изпратено на { $date }
newsletter-archive-title = Архив на бюлетина
newsletter-archive-intro = Всички броеве на нашия бюлетин, от най-новия.
newsletter-all-issues = Всички броеве
newsletter-article-count =
    { $count ->
        [one] { $count } статия
       *[other] { $count } статии
    }

# In the e-mail, under an article that is an open call. $date: its deadline, already formatted.
email-call-deadline = Краен срок: { $date }

# A label and what it labels on one line of the text e-mail (“Event website: https://…”),
# with the language's punctuation between them.
label-value = { $label }: { $value }
