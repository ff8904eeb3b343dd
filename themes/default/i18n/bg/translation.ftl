# Текстове на известието за остарял превод: български.

# The notice on a translation whose original changed after it was translated.
translation-stale = Този превод може да не е актуален: оригиналът е променен след превода.
# $date (string): the day the original was last updated, already formatted.
# Bulgarian dates end with “г.” (“22 октомври 2024 г.”), so the sentence does not end on $date.
translation-stale-updated = Оригиналът е актуализиран на { $date }, затова този превод може да не е актуален.
# Link to the original version; its language's own name follows in brackets.
translation-original-link = Прочетете оригинала
