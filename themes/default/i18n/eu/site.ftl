# bulletin tresnaren gai lehenetsiko interfazearen testuak: orriaren egitura, finantzaketaren aipamena, harpidetza, bilaketa. Euskara.
# Webgune batek edozein mezu ordez dezake, identifikatzaile bera duen mezu bat bere i18n/eu/*.ftl fitxategietan idatzita.
# Euskara ez da EBko hizkuntza ofiziala: finantzaketaren aipamenak ez du Batzordearen bertsio ofizialik, ohiko formula darabil.
# Aldagaiak ez dira deklinatzen: kasu-markak ondoko izenak hartzen ditu.

## Finantzaketaren aipamena (Europar Batasuna)

# The European Commission's wording of the funding statement, shown with the EU emblem (partials/eu-emblem.html).
funding-funded-by = Europar Batasunak finantzatua
funding-cofunded-by = Europar Batasunak kofinantzatua
# $number: the grant agreement's number, inserted as it is.
funding-grant-agreement = Diru-laguntza hitzarmenaren zenbakia: { $number }
# $authority: the granting authority's name as the site gives it in this language (e.g. EACEA). It follows the
# generic term in brackets, so that it never has to be declined or take an article.
funding-views = Hala ere, adierazitako iritziak eta ikuspegiak egilearenak edo egileenak baino ez dira, eta ez dute zertan bat etorri Europar Batasunaren edo diru-laguntza ematen duen erakundearen ({ $authority }) iritziekin. Europar Batasuna eta diru-laguntza ematen duen erakundea ez dira haien erantzule.
# The same disclaimer when the site names no granting authority.
funding-views-eu = Hala ere, adierazitako iritziak eta ikuspegiak egilearenak edo egileenak baino ez dira, eta ez dute zertan bat etorri Europar Batasunaren iritziekin. Europar Batasuna eta diru-laguntza ematen duen erakundea ez dira haien erantzule.
# Before the names or logos of the project's other funders.
funding-other = Beste babesle batzuk

## Orri-oina eta webgunearen identitatea (base.html)

# Heading of the links to the site's social media accounts.
footer-social = Jarrai gaitzazu

## Buletinerako harpidetza

subscribe-heading = Harpidetu buletinera
# $language: the newsletter's language, by its own name, already formatted.
subscribe-intro = Jaso gure berriak posta elektronikoz. Buletinaren hizkuntza: { $language }.
subscribe-email = Helbide elektronikoa
subscribe-name = Izena (aukerakoa)
subscribe-button = Harpidetu
# Label of the consent checkbox.
subscribe-consent = Onartzen dut buletin hau posta elektronikoz jasotzea. Edozein unetan utz dezaket harpidetza, mezu bakoitzean dagoen estekaren bidez.
# Link to the site's privacy notice.
subscribe-privacy = Nola tratatzen ditugun zure datuak
# Marks a required field.
subscribe-required = derrigorrezkoa
