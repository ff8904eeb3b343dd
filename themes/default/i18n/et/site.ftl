# Tarkvara bulletin vaiketeema kasutajaliidese tekstid: lehe raam, rahastamisteave, uudiskirja tellimine, otsing. Eesti keel.
# Veebileht võib iga teksti asendada oma failis i18n/et/*.ftl sama ID-ga tekstiga.
# Muutujaid ei saa käänata, seega on laused sõnastatud nii, et muutujad jäävad nimetavasse.

## Rahastamisteave (Euroopa Liit)

# The European Commission's wording of the funding statement, shown with the EU emblem (partials/eu-emblem.html).
funding-funded-by = Rahastanud Euroopa Liit
funding-cofunded-by = Kaasrahastanud Euroopa Liit
# $number: the grant agreement's number, inserted as it is.
funding-grant-agreement = Toetusleping nr { $number }
# $authority: the granting authority's name as the site gives it in this language (e.g. EACEA). It follows the
# generic term in brackets, so that it never has to be declined or take an article.
funding-views = Avaldatud seisukohad ja arvamused on ainult autori(te) omad ega pruugi kajastada Euroopa Liidu ega toetuse andja ({ $authority }) seisukohti. Euroopa Liit ega toetuse andja ei vastuta nende eest.
# The same disclaimer when the site names no granting authority.
funding-views-eu = Avaldatud seisukohad ja arvamused on ainult autori(te) omad ega pruugi kajastada Euroopa Liidu seisukohti. Euroopa Liit ega toetuse andja ei vastuta nende eest.
# Before the names or logos of the project's other funders.
funding-other = Toetavad ka

## Jalus ja veebilehe tunnus (base.html)

# Heading of the links to the site's social media accounts.
footer-social = Jälgige meid

## Uudiskirja tellimise vorm

subscribe-heading = Tellige uudiskiri
# $language: the newsletter's language, by its own name, already formatted.
subscribe-intro = Saate meie uudiseid e-postiga. Uudiskirja keel: { $language }.
subscribe-email = E-posti aadress
subscribe-name = Nimi (valikuline)
subscribe-button = Telli
# Label of the consent checkbox.
subscribe-consent = Nõustun selle uudiskirja saamisega e-postiga. Saan tellimuse igal ajal tühistada iga e-kirja lingi kaudu.
# Link to the site's privacy notice.
subscribe-privacy = Kuidas me teie andmeid töötleme
# Marks a required field.
subscribe-required = kohustuslik
