# Käännöksiin liittyvät ilmoitukset: suomi.

# Ilmoitus käännöksessä, jonka alkuperäistä tekstiä on muutettu kääntämisen jälkeen.
translation-stale = Tämä käännös voi olla vanhentunut: alkuperäistä tekstiä on muutettu käännöksen jälkeen.
# $date (merkkijono): päivä, jona alkuperäistä tekstiä viimeksi päivitettiin, valmiiksi muotoiltuna.
translation-stale-updated = Tämä käännös voi olla vanhentunut: alkuperäinen teksti päivitettiin { $date }.
# Linkki alkuperäiseen versioon; sen kielen oma nimi seuraa sulkeissa.
translation-original-link = Lue alkuperäinen teksti
