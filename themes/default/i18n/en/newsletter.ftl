# UI strings of the newsletter's e-mail edition, its web version and archive: English.
# A site can override any message with the same id in its own i18n/en/*.ftl.

## The e-mail (newsletter/email.html and newsletter/email.txt)

# Subject line and <title> of the e-mail. $site: the site title, $number: the issue number.
email-subject = { $site }, issue { $number }
# Preview text that mail clients show after the subject.
# $count: number of articles, $titles: their titles, separated by “ · ”.
email-preheader =
    { $count ->
        [one] In this issue: { $titles }
       *[other] { $count } articles in this issue: { $titles }
    }
# Link to the web version, at the top and in the footer.
email-view-in-browser = View in your browser
# Under the site title. $date: the issue's date, already formatted.
email-issue-line = Issue { $number } · { $date }
email-greeting = Hello,
# The paragraph after the greeting.
email-intro =
    { $count ->
        [one] Here is the latest article from our projects.
       *[other] Here are the { $count } latest articles from our projects.
    }
email-read-more = Read more
# Tooltip of the “Read more” button.
email-read-more-about = Read more: { $title }
# $dates: the day or days of the event, already formatted.
email-event = Event: { $dates }
email-footer = You are receiving this newsletter because you subscribed to { $site }.
email-unsubscribe = Unsubscribe
# Heading of the numbered list of links at the end of the text version.
email-links = Links

## Web version and archive (newsletter/web.html, newsletter/archive.html)

# $title: the page's own title, $site: the site title.
newsletter-document-title = { $title } – { $site }
newsletter-issue-title = Issue { $number }
# $date: the issue's date, already formatted.
newsletter-issue-date = Sent on { $date }
newsletter-archive-title = Newsletter archive
newsletter-archive-intro = Every issue of our newsletter, newest first.
newsletter-all-issues = All issues
newsletter-article-count =
    { $count ->
        [one] { $count } article
       *[other] { $count } articles
    }

# In the e-mail, under an article that is an open call. $date: its deadline, already formatted.
email-call-deadline = Deadline: { $date }

# A label and what it labels on one line of the text e-mail (“Event website: https://…”),
# with the language's punctuation between them.
label-value = { $label }: { $value }
