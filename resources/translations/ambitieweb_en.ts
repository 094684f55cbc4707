<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>AudienceWindow</name>
    <message>
        <source>Thema %1 van %2</source>
        <translation>Theme %1 of %2</translation>
    </message>
    <message>
        <source>Ambitieweb — publiek</source>
        <translation>Ambitieweb — audience</translation>
    </message>
    <message>
        <source>Publieksweergave</source>
        <translation>Audience view</translation>
    </message>
    <message>
        <source>Sessietitel</source>
        <translation>Session title</translation>
    </message>
    <message>
        <source>Ambitieweb</source>
        <translation>Ambition web</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Niveau 1</source>
        <translation>Level 1</translation>
    </message>
    <message>
        <source>Niveau 2</source>
        <translation>Level 2</translation>
    </message>
    <message>
        <source>Niveau 3</source>
        <translation>Level 3</translation>
    </message>
    <message>
        <source>Stemmen</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Bediening</source>
        <translation>Controls</translation>
    </message>
    <message>
        <source>◀ Vorige</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>Volgende ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>Stemmen tonen (R)</source>
        <translation>Show votes (R)</translation>
    </message>
    <message>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Stoppen (Esc)</source>
        <translation>Stop (Esc)</translation>
    </message>
</context>
<context>
    <name>AwardModelDialog</name>
    <message>
        <source>weging</source>
        <translation>weight</translation>
    </message>
    <message>
        <source>fictieve korting</source>
        <translation>notional discount</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>punten</source>
        <translation>points</translation>
    </message>
    <message>
        <source>Onderdeel</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Telt mee als</source>
        <translation>Counts as</translation>
    </message>
    <message>
        <source>Weging (%1)</source>
        <translation>Weight (%1)</translation>
    </message>
    <message>
        <source>Max. korting (€)</source>
        <translation>Max. discount (€)</translation>
    </message>
    <message>
        <source>Prijs</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Plan van aanpak</source>
        <translation>Plan of approach</translation>
    </message>
    <message>
        <source>Totaal %1 (prijs %2, overige kwaliteit %3, MVI %4)</source>
        <translation>Total %1 (price %2, other quality %3, MVI %4)</translation>
    </message>
    <message>
        <source>De naam van kwaliteitscriterium %1</source>
        <translation>The name of quality criterion %1</translation>
    </message>
    <message>
        <source>De weging</source>
        <translation>The weight</translation>
    </message>
    <message>
        <source>De maximale korting</source>
        <translation>The maximum discount</translation>
    </message>
    <message>
        <source>%1 van &apos;%2&apos; is geen getal van 0 of meer: %3</source>
        <translation>%1 of &apos;%2&apos; is not a number of 0 or more: %3</translation>
    </message>
    <message>
        <source>De weging van &apos;%1&apos; is meer dan 100%.</source>
        <translation>The weight of &apos;%1&apos; is more than 100%.</translation>
    </message>
    <message>
        <source>Gunningsmodel aanpassen</source>
        <translation>Change award model</translation>
    </message>
    <message>
        <source>Gunningsmodel</source>
        <translation>Award model</translation>
    </message>
    <message>
        <source>Beste prijs-kwaliteitverhouding: de prijs, de overige kwaliteitscriteria en de MVI-gunningscriteria tellen samen op tot 100%. Een MVI-criterium kan ook als fictieve korting meetellen: een bedrag in euro dat van de inschrijvingsprijs wordt afgetrokken, zonder percentage. Laat de weging van de prijs leeg zolang die nog niet bekend is; vul 0 in bij een vaste prijs.</source>
        <translation>Best price-quality ratio: the price, the other quality criteria and the MVI award criteria add up to 100% together. An MVI criterion can also count as a notional discount: an amount in euro subtracted from the bid price, without a percentage. Leave the price&apos;s weight empty while it is not known; enter 0 for a fixed price.</translation>
    </message>
    <message>
        <source>Kwaliteitscriterium &amp;toevoegen</source>
        <translation>&amp;Add quality criterion</translation>
    </message>
    <message>
        <source>Kwaliteitscriterium &amp;verwijderen</source>
        <translation>Remo&amp;ve quality criterion</translation>
    </message>
    <message>
        <source>Totaal van het gunningsmodel</source>
        <translation>Total of the award model</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Nog geen gunningscriteria of prijs</source>
        <translation>No award criteria or price yet</translation>
    </message>
    <message>
        <source>Prijs %1 + kwaliteit %2 + MVI %3 = %4</source>
        <translation>Price %1 + quality %2 + MVI %3 = %4</translation>
    </message>
    <message>
        <source>; %1× fictieve korting</source>
        <translation>; %1× notional discount</translation>
    </message>
</context>
<context>
    <name>CatalogueCriteriaModel</name>
    <message>
        <source>Criterium</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>eigen bibliotheek</source>
        <translation>own library</translation>
    </message>
    <message>
        <source>algemeen</source>
        <translation>generic</translation>
    </message>
    <message>
        <source>productgroep</source>
        <translation>product group</translation>
    </message>
    <message>
        <source>✓ gekozen</source>
        <translation>✓ chosen</translation>
    </message>
</context>
<context>
    <name>ChosenCriteriaModel</name>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Criterium</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Weging</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Let op</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>⚠ nog invullen: %1</source>
        <translation>⚠ still to fill in: %1</translation>
    </message>
    <message>
        <source>⚠ nog geen weging</source>
        <translation>⚠ no weight yet</translation>
    </message>
    <message>
        <source>⚠ de catalogus heeft een nieuwere tekst</source>
        <translation>⚠ the catalogue has a newer text</translation>
    </message>
    <message>
        <source>tekst aangepast voor deze aanbesteding</source>
        <translation>text adapted for this tender</translation>
    </message>
    <message>
        <source>fictieve korting</source>
        <translation>notional discount</translation>
    </message>
    <message>
        <source>eigen criterium</source>
        <translation>custom criterion</translation>
    </message>
</context>
<context>
    <name>ComparisonTable</name>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Vastgesteld</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Signaal</source>
        <translation>Flag</translation>
    </message>
    <message>
        <source>↑ hoger</source>
        <translation>↑ higher</translation>
    </message>
    <message>
        <source>↓ lager</source>
        <translation>↓ lower</translation>
    </message>
    <message>
        <source>= gelijk</source>
        <translation>= same</translation>
    </message>
    <message>
        <source>⚠ onder het vastgestelde niveau</source>
        <translation>⚠ below the agreed level</translation>
    </message>
</context>
<context>
    <name>ContractController</name>
    <message>
        <source>Voortgangsgesprek %1</source>
        <translation>Review %1</translation>
    </message>
    <message>
        <source>Nieuw voortgangsgesprek op %1</source>
        <translation>New review on %1</translation>
    </message>
    <message>
        <source>Voortgangsgesprek van %1 verwijderen</source>
        <translation>Delete the review of %1</translation>
    </message>
</context>
<context>
    <name>ContractForm</name>
    <message>
        <source>Contractgegevens</source>
        <translation>Contract data</translation>
    </message>
    <message>
        <source>&amp;Leverancier</source>
        <translation>S&amp;upplier</translation>
    </message>
    <message>
        <source>Leverancier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Contract&amp;nummer</source>
        <translation>Contract num&amp;ber</translation>
    </message>
    <message>
        <source>Contractnummer</source>
        <translation>Contract number</translation>
    </message>
    <message>
        <source>Startdatum</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Startdat&amp;um</source>
        <translation>S&amp;tart date</translation>
    </message>
    <message>
        <source>&amp;Einddatum</source>
        <translation>En&amp;d date</translation>
    </message>
    <message>
        <source>Einddatum</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Waa&amp;rde (€, excl. btw)</source>
        <translation>&amp;Value (€, excl. VAT)</translation>
    </message>
    <message>
        <source>Contract&amp;manager</source>
        <translation>Contract &amp;manager</translation>
    </message>
    <message>
        <source>Contractmanager</source>
        <translation>Contract manager</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Datum als dd-mm-jjjj</source>
        <translation>Date as dd-mm-yyyy</translation>
    </message>
    <message>
        <source> maanden</source>
        <translation> months</translation>
    </message>
    <message>
        <source>R&amp;itme van de gesprekken</source>
        <translation>Rh&amp;ythm of the reviews</translation>
    </message>
    <message>
        <source>is geen datum (dd-mm-jjjj)</source>
        <translation>is not a date (dd-mm-yyyy)</translation>
    </message>
    <message>
        <source>is geen getal</source>
        <translation>is not a number</translation>
    </message>
    <message>
        <source>Ritme van de gesprekken</source>
        <translation>Rhythm of the reviews</translation>
    </message>
</context>
<context>
    <name>ContractOverview</name>
    <message>
        <source>Contracten</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <source>%1 contracten, waarvan %2 met een te laat voortgangsgesprek. Per thema: gerealiseerd / vastgesteld bij het laatste gesprek (⚠ onder vastgesteld).</source>
        <translation>%1 contracts, %2 of them with a review overdue. Per theme: realised / agreed at the last review (⚠ below agreed).</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Contract openen</source>
        <translation>Open contract</translation>
    </message>
</context>
<context>
    <name>ContractPage</name>
    <message>
        <source>Contractopvolging: %1</source>
        <translation>Contract follow-up: %1</translation>
    </message>
    <message>
        <source>Terug naar het &amp;ambitieweb</source>
        <translation>Bac&amp;k to the ambition web</translation>
    </message>
    <message>
        <source>Monitoringsrapportage van dit contract: vastgesteld tegenover gerealiseerd, criteria, doelen en acties</source>
        <translation>Monitoring report of this contract: agreed against realised, criteria, goals and actions</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Contractopvolging</source>
        <translation>Contract follow-up</translation>
    </message>
    <message>
        <source>Voortgangsgesprekken</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>Nieuw &amp;voortgangsgesprek</source>
        <translation>New revie&amp;w</translation>
    </message>
    <message>
        <source>Rapportage als PD&amp;F of Word…</source>
        <translation>E&amp;xport report (PDF or Word)…</translation>
    </message>
    <message>
        <source>Gesprek verwi&amp;jderen…</source>
        <translation>Rem&amp;ove review…</translation>
    </message>
    <message>
        <source>Het gekozen voortgangsgesprek verwijderen (Delete); Ctrl+Z zet het terug</source>
        <translation>Delete the chosen review (Delete); Ctrl+Z brings it back</translation>
    </message>
    <message>
        <source>Vastgesteld tegenover gerealiseerd per thema</source>
        <translation>Agreed against realised per theme</translation>
    </message>
    <message>
        <source>Radar: vastgesteld tegenover gerealiseerd</source>
        <translation>Radar: agreed against realised</translation>
    </message>
    <message>
        <source>V&amp;oortgangsgesprekken</source>
        <translation>Rev&amp;iews</translation>
    </message>
    <message>
        <source>Vastgesteld tegenover &amp;gerealiseerd</source>
        <translation>Agreed against &amp;realised</translation>
    </message>
    <message>
        <source>Geen volgend voortgangsgesprek gepland (vul de startdatum in).</source>
        <translation>No next review planned (fill in the start date).</translation>
    </message>
    <message>
        <source>⚠ Volgend voortgangsgesprek te laat: was %1.</source>
        <translation>⚠ Next review overdue: was due %1.</translation>
    </message>
    <message>
        <source>Volgend voortgangsgesprek uiterlijk %1.</source>
        <translation>Next review due by %1.</translation>
    </message>
    <message>
        <source>%1 — versie %2 — %3</source>
        <translation>%1 — version %2 — %3</translation>
    </message>
    <message>
        <source>%1% nagekomen</source>
        <translation>%1% met</translation>
    </message>
    <message>
        <source>Voortgangsgesprek verwijderen</source>
        <translation>Delete review</translation>
    </message>
    <message>
        <source>Het voortgangsgesprek van %1 verwijderen, met zijn beoordelingen, metingen en acties? Ctrl+Z zet het terug.</source>
        <translation>Delete the review of %1, with its judgements, measurements and actions? Ctrl+Z brings it back.</translation>
    </message>
</context>
<context>
    <name>ContractRoom</name>
    <message>
        <source>&amp;Contractopvolging…</source>
        <translation>&amp;Contract follow-up…</translation>
    </message>
    <message>
        <source>&amp;Contracten…</source>
        <translation>&amp;Contracts…</translation>
    </message>
    <message>
        <source>Contracten worden gelezen…</source>
        <translation>Reading the contracts…</translation>
    </message>
    <message>
        <source>Contractopvolging</source>
        <translation>Contract follow-up</translation>
    </message>
    <message>
        <source>Contractopvolging hoort bij een project-ambitieweb, niet bij een generiek web.</source>
        <translation>Contract follow-up belongs to a project web, not to a generic web.</translation>
    </message>
    <message>
        <source>Dit ambitieweb heeft nog geen vastgestelde versie. Stel het eerst vast (Sessie › Vaststellen): de voortgangsgesprekken toetsen wat is vastgesteld.</source>
        <translation>This web has no agreed version yet. Agree it first (Session › Agree): the reviews check what was agreed.</translation>
    </message>
    <message>
        <source>Monitoringsrapportage exporteren</source>
        <translation>Export the monitoring report</translation>
    </message>
    <message>
        <source>Monitoringsrapportage %1</source>
        <translation>Monitoring report %1</translation>
    </message>
    <message>
        <source>Monitoringsrapportage wordt geëxporteerd…</source>
        <translation>Exporting the monitoring report…</translation>
    </message>
    <message>
        <source>Geëxporteerd naar %1</source>
        <translation>Exported to %1</translation>
    </message>
</context>
<context>
    <name>CriteriaPanel</name>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>C&amp;atalogus</source>
        <translation>C&amp;atalogue</translation>
    </message>
    <message>
        <source>Welke niveaus de catalogus toont</source>
        <translation>Which levels the catalogue shows</translation>
    </message>
    <message>
        <source>&amp;Kiezen</source>
        <translation>Pic&amp;k</translation>
    </message>
    <message>
        <source>Kiezen</source>
        <translation>Choose</translation>
    </message>
    <message>
        <source>Het geselecteerde catalogus-criterium toevoegen aan dit thema (Enter of dubbelklik)</source>
        <translation>Add the selected catalogue criterion to this theme (Enter or double-click)</translation>
    </message>
    <message>
        <source>Catalogus-criteria voor dit thema</source>
        <translation>Catalogue criteria for this theme</translation>
    </message>
    <message>
        <source>Ma&amp;ximaal per thema</source>
        <translation>Ma&amp;ximum per theme</translation>
    </message>
    <message>
        <source>Gekozen criteria voor dit thema</source>
        <translation>Chosen criteria for this theme</translation>
    </message>
    <message>
        <source>Bewe&amp;rken…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>Bewerken</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Tekst, bewijsmiddel, weging en invulwaarden van het gekozen criterium bewerken (Enter)</source>
        <translation>Edit the text, verification, weight and fill-in values of the chosen criterion (Enter)</translation>
    </message>
    <message>
        <source>&amp;Eigen criterium…</source>
        <translation>&amp;New criterion…</translation>
    </message>
    <message>
        <source>Eigen criterium</source>
        <translation>Custom criterion</translation>
    </message>
    <message>
        <source>Een eigen criterium schrijven voor dit thema</source>
        <translation>Write a custom criterion for this theme</translation>
    </message>
    <message>
        <source>Verw&amp;ijderen</source>
        <translation>Rem&amp;ove</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Het gekozen criterium weghalen (Delete)</source>
        <translation>Remove the chosen criterion (Delete)</translation>
    </message>
    <message>
        <source>Omhoog</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Eerder zetten binnen zijn soort: de nummering in de documenten volgt deze volgorde (Ctrl+Omhoog)</source>
        <translation>Move earlier within its type: the numbering in the documents follows this order (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Om&amp;laag</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>Omlaag</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Later zetten binnen zijn soort (Ctrl+Omlaag)</source>
        <translation>Move later within its type (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Totaal weging</source>
        <translation>Total weight</translation>
    </message>
    <message>
        <source>Gunningsmodel en pri&amp;js…</source>
        <translation>Award model: price and &amp;quality…</translation>
    </message>
    <message>
        <source>Drempel per thema</source>
        <translation>Threshold per theme</translation>
    </message>
    <message>
        <source>Gekozen &amp;voor dit thema</source>
        <translation>&amp;Chosen for this theme</translation>
    </message>
    <message>
        <source>Bij meer criteria per thema waarschuwt het programma: meer criteria maken een aanbesteding zwaarder, niet beter.</source>
        <translation>The program warns when a theme has more criteria than this: more criteria make a tender heavier, not better.</translation>
    </message>
    <message>
        <source>Omhoo&amp;g</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Prijs, overige kwaliteitscriteria en MVI-criteria samen: wegingen en fictieve kortingen</source>
        <translation>Price, other quality criteria and MVI criteria together: weights and notional discounts</translation>
    </message>
    <message>
        <source>Weging &amp;uitgedrukt in</source>
        <translation>&amp;Weight expressed in</translation>
    </message>
    <message>
        <source>Weging uitgedrukt in</source>
        <translation>Weight expressed in</translation>
    </message>
    <message>
        <source>Waarschuwingen</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>punten</source>
        <translation>points</translation>
    </message>
    <message>
        <source>alle niveaus (de ambitie is nog niet bepaald)</source>
        <translation>all levels (the ambition has not been set yet)</translation>
    </message>
    <message>
        <source>niveau 1, de ambitie</source>
        <translation>level 1, the ambition</translation>
    </message>
    <message>
        <source>niveau 1 t/m %1, de ambitie</source>
        <translation>levels 1 to %1, the ambition</translation>
    </message>
    <message>
        <source>%1; eerst %2, dan algemeen</source>
        <translation>%1; %2 first, then generic</translation>
    </message>
    <message>
        <source>Geen waarschuwingen voor dit thema.</source>
        <translation>No warnings for this theme.</translation>
    </message>
    <message>
        <source>Criterium kiezen: %1</source>
        <translation>Choose criterion: %1</translation>
    </message>
    <message>
        <source>Eigen criterium: %1</source>
        <translation>Custom criterion: %1</translation>
    </message>
    <message>
        <source>Criterium bewerken: %1</source>
        <translation>Edit criterion: %1</translation>
    </message>
    <message>
        <source>Criterium verwijderen: %1</source>
        <translation>Remove criterion: %1</translation>
    </message>
    <message>
        <source>Criterium verplaatsen: %1</source>
        <translation>Move criterion: %1</translation>
    </message>
    <message>
        <source>Drempel per thema: %1</source>
        <translation>Threshold per theme: %1</translation>
    </message>
    <message>
        <source>Weging in %1</source>
        <translation>Weight in %1</translation>
    </message>
</context>
<context>
    <name>CriterionDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> punten</source>
        <translation> points</translation>
    </message>
    <message>
        <source>fictieve korting (zie gunningsmodel)</source>
        <translation>notional discount (see award model)</translation>
    </message>
    <message>
        <source>Eigen criterium voor %1</source>
        <translation>Custom criterion for %1</translation>
    </message>
    <message>
        <source>Eigen criterium</source>
        <translation>Custom criterion</translation>
    </message>
    <message>
        <source>Criterium bewerken</source>
        <translation>Edit criterion</translation>
    </message>
    <message>
        <source>Eigen criterium voor het thema %1.</source>
        <translation>Custom criterion for the theme %1.</translation>
    </message>
    <message>
        <source>Eigen criterium.</source>
        <translation>Custom criterion.</translation>
    </message>
    <message>
        <source>Uit de eigen bibliotheek (versie %1), niveau %2.</source>
        <translation>From the own library (version %1), level %2.</translation>
    </message>
    <message>
        <source>Dit criterium staat niet (meer) in de eigen bibliotheek.</source>
        <translation>This criterion is not (or no longer) in the own library.</translation>
    </message>
    <message>
        <source>De bibliotheek heeft een nieuwere tekst; ‘Catalogustekst overnemen’ neemt die over.</source>
        <translation>The library has a newer text; ‘Take over catalogue text’ takes it over.</translation>
    </message>
    <message>
        <source>Uit de catalogus (%1, versie %2), niveau %3.</source>
        <translation>From the catalogue (%1, version %2), level %3.</translation>
    </message>
    <message>
        <source>De tekst is aangepast voor deze aanbesteding.</source>
        <translation>The text has been adapted for this tender.</translation>
    </message>
    <message>
        <source>Dit criterium staat niet meer in de catalogus.</source>
        <translation>This criterion is no longer in the catalogue.</translation>
    </message>
    <message>
        <source>De catalogus heeft een nieuwere tekst; ‘Catalogustekst overnemen’ neemt die over.</source>
        <translation>The catalogue has a newer text; ‘Use catalogue text’ applies it.</translation>
    </message>
    <message>
        <source>Titel, tekst, bewijsmiddel en beoordeling van de catalogus terugzetten</source>
        <translation>Restore the title, text, verification and scoring from the catalogue</translation>
    </message>
    <message>
        <source>Deze tekst heeft geen invulwaarden. Schrijf {{naam}} in de tekst voor een waarde die per aanbesteding wordt ingevuld.</source>
        <translation>This text has no fill-in values. Write {{name}} in the text for a value that is filled in for each tender.</translation>
    </message>
    <message>
        <source>Herkomst van de tekst</source>
        <translation>Source of the text</translation>
    </message>
    <message>
        <source>&amp;Soort</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Te&amp;kst</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>De tekst voor het bestek; {{naam}} voor een waarde die per aanbesteding wordt ingevuld</source>
        <translation>The text for the tender documents; {{name}} for a value that is filled in for each tender</translation>
    </message>
    <message>
        <source>&amp;Bewijsmiddel</source>
        <translation>&amp;Verification</translation>
    </message>
    <message>
        <source>Bewijsmiddel</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>Hoe wordt gecontroleerd dat aan het criterium is voldaan?</source>
        <translation>How is compliance with the criterion checked?</translation>
    </message>
    <message>
        <source>Beoor&amp;deling</source>
        <translation>&amp;Scoring</translation>
    </message>
    <message>
        <source>Beoordeling</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <source>Hoe worden de inschrijvingen op dit criterium gescoord?</source>
        <translation>How are the bids scored on this criterion?</translation>
    </message>
    <message>
        <source>&amp;Weging</source>
        <translation>&amp;Weight</translation>
    </message>
    <message>
        <source>Weging</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>nog geen</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>&amp;Invulwaarden</source>
        <translation>&amp;Fill-in values</translation>
    </message>
    <message>
        <source>Invulwaarden</source>
        <translation>Fill-in values</translation>
    </message>
    <message>
        <source>Deze waarden komen op de plaats van {{naam}} in de tekst. Wat leeg blijft, staat in de documenten als [naam].</source>
        <translation>These values replace {{name}} in the text. Anything left empty appears in the documents as [name].</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Catalogustekst &amp;overnemen</source>
        <translation>Use &amp;catalogue text</translation>
    </message>
    <message>
        <source>Catalogustekst overnemen</source>
        <translation>Use catalogue text</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>Ambitiedocument afdrukken</source>
        <translation>Print the ambition document</translation>
    </message>
    <message>
        <source>Het ambitiedocument wordt afgedrukt…</source>
        <translation>Printing the ambition document…</translation>
    </message>
    <message>
        <source>Ambitiedocument afgedrukt (%1 pagina&apos;s).</source>
        <translation>Ambition document printed (%1 pages).</translation>
    </message>
    <message>
        <source>Afdrukken mislukt: %1</source>
        <translation>Printing failed: %1</translation>
    </message>
</context>
<context>
    <name>EvaluationStep</name>
    <message>
        <source>Zijn de doelen gehaald? Vul per doel en jaar de gerealiseerde waarde in, of neem ze over uit de voortgangsgesprekken van de contracten. De inspanningsdoelen worden gemeten over de aanbestedingen van het plan (uit hun projectwebs).</source>
        <translation>Were the goals reached? Fill in the realised value per goal and year, or take them over from the contracts&apos; reviews. The effort goals are measured over the plan&apos;s tenders (from their project webs).</translation>
    </message>
    <message>
        <source>Gerealiseerd per doel en jaar</source>
        <translation>Realised per goal and year</translation>
    </message>
    <message>
        <source>Waarden uit &amp;contracten overnemen…</source>
        <translation>Take values over from &amp;contracts…</translation>
    </message>
    <message>
        <source>Doelen: gerealiseerd per jaar</source>
        <translation>Goals: realised per year</translation>
    </message>
    <message>
        <source>Gepland, toegepast en gerealiseerd</source>
        <translation>Planned, applied and realised</translation>
    </message>
    <message>
        <source>Aanbestedingen: gepland, toegepast en gerealiseerd (uit het contract)</source>
        <translation>Tenders: planned, applied and realised (from the contract)</translation>
    </message>
    <message>
        <source>&amp;Aanbestedingen tot en met:</source>
        <translation>&amp;Tenders up to and including:</translation>
    </message>
    <message>
        <source>Aanbestedingen tot en met jaar</source>
        <translation>Tenders up to and including year</translation>
    </message>
    <message>
        <source>alle jaren</source>
        <translation>all years</translation>
    </message>
    <message>
        <source>Inspanningsdoel</source>
        <translation>Effort goal</translation>
    </message>
    <message>
        <source>Aantal</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Gemeten</source>
        <translation>Measured</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Gehaald</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Inspanningsdoelen</source>
        <translation>Effort goals</translation>
    </message>
    <message>
        <source>Inspanningsdoelen over de aanbestedingen</source>
        <translation>Effort goals over the tenders</translation>
    </message>
    <message>
        <source>Geen van de aanbestedingen heeft (nog) een contractopvolging.</source>
        <translation>None of the tenders has a contract follow-up (yet).</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1 bekend</source>
        <translation>%1 known</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Diagram exporteren</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <source>Diagram exporteren…</source>
        <translation>Exporting the chart…</translation>
    </message>
    <message>
        <source>Kan niet schrijven: %1</source>
        <translation>Cannot write: %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Huidige versie (concept)</source>
        <translation>Current version (draft)</translation>
    </message>
    <message>
        <source>Versie %1, vastgesteld op %2</source>
        <translation>Version %1, agreed on %2</translation>
    </message>
    <message>
        <source>Invulwaarden voor de export</source>
        <translation>Fill-in values for the export</translation>
    </message>
    <message>
        <source>De bestekteksten staan op het klembord.</source>
        <translation>The tender texts are on the clipboard.</translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Opgeslagen als %1</source>
        <translation>Saved as %1</translation>
    </message>
    <message>
        <source>PDF-documenten (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Wordt geëxporteerd…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Wordt gekopieerd…</source>
        <translation>Copying…</translation>
    </message>
    <message>
        <source>Word-documenten (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Tekstbestanden (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
    <message>
        <source>Exporteren naar</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>Afgebroken; er is niets geschreven.</source>
        <translation>Stopped; nothing was written.</translation>
    </message>
    <message>
        <source>Een vastgestelde versie verandert niet meer: lege invulwaarden staan in het document als [naam]. Vul ze in de huidige versie in en stel die opnieuw vast.</source>
        <translation>An agreed version can no longer be changed: empty fill-in values appear in the document as [name]. Complete them in the current version and agree that version again.</translation>
    </message>
    <message>
        <source>%1 van %2 invulwaarden zijn nog leeg. Vul ze hier in (dubbelklik of F2): ze worden bij het exporteren in de sessie bewaard. Wat leeg blijft, staat in het document als [naam].</source>
        <translation>%1 of %2 fill-in values are still empty. Fill them in here (double-click or F2): they are saved in the session when you export. Anything left empty appears in the document as [name].</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Platte tekst</source>
        <translation>Plain text</translation>
    </message>
    <message>
        <source>Documenten exporteren</source>
        <translation>Export documents</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>&amp;Versie</source>
        <translation>&amp;Version</translation>
    </message>
    <message>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>&amp;Formaat</source>
        <translation>Fo&amp;rmat</translation>
    </message>
    <message>
        <source>Formaat</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;Opslaan als</source>
        <translation>Save &amp;as</translation>
    </message>
    <message>
        <source>Opslaan als</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>&amp;Bladeren…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Bladeren</source>
        <translation>Browse</translation>
    </message>
    <message>
        <source>Me&amp;t bijlage ‘Toelichting voor de inkoper’</source>
        <translation>Wi&amp;th appendix ‘Notes for the buyer’</translation>
    </message>
    <message>
        <source>Per criterium de toelichting en het advies over proportionaliteit uit de catalogus; voor de inkoper, niet voor de aanbestedingsstukken</source>
        <translation>Per criterion the notes and proportionality advice from the catalogue; for the buyer, not for the tender documents</translation>
    </message>
    <message>
        <source>&amp;Nog in te vullen</source>
        <translation>S&amp;till to be filled in</translation>
    </message>
    <message>
        <source>Nog in te vullen</source>
        <translation>Still to be filled in</translation>
    </message>
    <message>
        <source>Uitleg bij de invulwaarden</source>
        <translation>Explanation of the fill-in values</translation>
    </message>
    <message>
        <source>Invulwaarden die nog leeg zijn</source>
        <translation>Fill-in values that are still empty</translation>
    </message>
    <message>
        <source>Voortgang van het exporteren</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <source>&amp;Afbreken</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Exporteren afbreken</source>
        <translation>Stop exporting</translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Bestekteksten &amp;kopiëren</source>
        <translation>&amp;Copy tender texts</translation>
    </message>
    <message>
        <source>Bestekteksten kopiëren</source>
        <translation>Copy tender texts</translation>
    </message>
    <message>
        <source>De bestekteksten van de gekozen versie als opgemaakte tekst op het klembord zetten, om in een aanbestedingsdocument te plakken</source>
        <translation>Put the tender texts of the chosen version on the clipboard as formatted text, for pasting into a tender document</translation>
    </message>
    <message>
        <source>&amp;Exporteren</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>FocusModel</name>
    <message>
        <source>Focus</source>
        <translation>Focus</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Waarom dit thema</source>
        <translation>Why this theme</translation>
    </message>
    <message>
        <source>Ambitie van de webs (mediaan)</source>
        <translation>Ambition of the webs (median)</translation>
    </message>
    <message>
        <source>Impact (som over de categorieën)</source>
        <translation>Impact (sum over the categories)</translation>
    </message>
    <message>
        <source>focusthema</source>
        <translation>focus theme</translation>
    </message>
    <message>
        <source>geen focusthema</source>
        <translation>no focus theme</translation>
    </message>
    <message>
        <source>Hoogstens %1 focusthema&apos;s: haal er eerst een weg of verhoog het maximum.</source>
        <translation>At most %1 focus themes: remove one first or raise the maximum.</translation>
    </message>
    <message>
        <source>Focusthema %1</source>
        <translation>Focus theme %1</translation>
    </message>
    <message>
        <source>Geen focusthema meer: %1</source>
        <translation>No longer a focus theme: %1</translation>
    </message>
    <message>
        <source>Kies &apos;%1&apos; eerst als focusthema; dan kunt u de reden vastleggen.</source>
        <translation>Choose &apos;%1&apos; as a focus theme first; then you can record the reason.</translation>
    </message>
    <message>
        <source>Reden %1</source>
        <translation>Reason %1</translation>
    </message>
</context>
<context>
    <name>FocusStep</name>
    <message>
        <source>Kies de thema&apos;s waar de organisatie zich op richt: waar de impact groot is en de webs hoog willen. Vink aan en schrijf waarom. Minder thema&apos;s geven meer resultaat.</source>
        <translation>Choose the themes the organisation will focus on: where the impact is large and the webs aim high. Tick them and write why. Fewer themes give more results.</translation>
    </message>
    <message>
        <source>Hoogstens f&amp;ocusthema&apos;s:</source>
        <translation>Focus themes at &amp;most:</translation>
    </message>
    <message>
        <source>Hoogstens focusthema&apos;s</source>
        <translation>Focus themes at most</translation>
    </message>
    <message>
        <source>Thema&apos;s kiezen</source>
        <translation>Choose themes</translation>
    </message>
    <message>
        <source>Hoogstens %1 focusthema&apos;s</source>
        <translation>At most %1 focus themes</translation>
    </message>
    <message>
        <source>⚠ %1 gekozen: te veel</source>
        <translation>⚠ %1 chosen: too many</translation>
    </message>
    <message>
        <source>%1 gekozen</source>
        <translation>%1 chosen</translation>
    </message>
</context>
<context>
    <name>FrameworkEditor</name>
    <message>
        <source>Kaders (themasets)</source>
        <translation>Frameworks (theme sets)</translation>
    </message>
    <message>
        <source>Eigen kader</source>
        <translation>Own framework</translation>
    </message>
    <message>
        <source>Begin met</source>
        <translation>Start from</translation>
    </message>
    <message>
        <source>&amp;Kader:</source>
        <translation>&amp;Framework:</translation>
    </message>
    <message>
        <source>&amp;Begin met:</source>
        <translation>Start f&amp;rom:</translation>
    </message>
    <message>
        <source>&amp;Nieuw kader</source>
        <translation>&amp;New framework</translation>
    </message>
    <message>
        <source>Nieuw kader</source>
        <translation>New framework</translation>
    </message>
    <message>
        <source>Kader ver&amp;wijderen</source>
        <translation>De&amp;lete framework</translation>
    </message>
    <message>
        <source>Kader verwijderen</source>
        <translation>Delete framework</translation>
    </message>
    <message>
        <source>Ex&amp;porteren…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Kader exporteren als TOML-bestand</source>
        <translation>Export the framework as a TOML file</translation>
    </message>
    <message>
        <source>Impo&amp;rteren…</source>
        <translation>&amp;Bring in from TOML…</translation>
    </message>
    <message>
        <source>Kader importeren uit een TOML-bestand</source>
        <translation>Bring in from TOML: a framework file</translation>
    </message>
    <message>
        <source>Titel van het kader</source>
        <translation>Title of the framework</translation>
    </message>
    <message>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Beschrijving van het kader</source>
        <translation>Description of the framework</translation>
    </message>
    <message>
        <source>T&amp;itel:</source>
        <translation>T&amp;itle:</translation>
    </message>
    <message>
        <source>V&amp;ersie:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Besc&amp;hrijving:</source>
        <translation>Descri&amp;ption:</translation>
    </message>
    <message>
        <source>&amp;Thema&apos;s:</source>
        <translation>&amp;Themes:</translation>
    </message>
    <message>
        <source>Thema&apos;s</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Thema toe&amp;voegen</source>
        <translation>&amp;Add theme</translation>
    </message>
    <message>
        <source>Thema toevoegen</source>
        <translation>Add theme</translation>
    </message>
    <message>
        <source>&amp;Omhoog</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Thema omhoog</source>
        <translation>Move up the chosen theme</translation>
    </message>
    <message>
        <source>Omlaa&amp;g</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>Thema omlaag</source>
        <translation>Move down the chosen theme</translation>
    </message>
    <message>
        <source>&amp;Splitsen</source>
        <translation>&amp;Split</translation>
    </message>
    <message>
        <source>Thema splitsen</source>
        <translation>Split theme</translation>
    </message>
    <message>
        <source>Sa&amp;menvoegen met volgende</source>
        <translation>&amp;Merge with next</translation>
    </message>
    <message>
        <source>Thema &amp;uit kader halen</source>
        <translation>Remove t&amp;heme</translation>
    </message>
    <message>
        <source>Thema uit kader halen</source>
        <translation>Remove theme from the framework</translation>
    </message>
    <message>
        <source>Omschrijving van het thema</source>
        <translation>Theme description</translation>
    </message>
    <message>
        <source>Niveau 1, basis</source>
        <translation>Level 1, basic</translation>
    </message>
    <message>
        <source>Niveau 2, significant</source>
        <translation>Level 2, significant</translation>
    </message>
    <message>
        <source>Niveau 3, ambitieus</source>
        <translation>Level 3, ambitious</translation>
    </message>
    <message>
        <source>Them&amp;anaam:</source>
        <translation>Theme nam&amp;e:</translation>
    </message>
    <message>
        <source>Thema samenvoegen met volgende</source>
        <translation>Merge with next theme</translation>
    </message>
    <message>
        <source>Themanaam</source>
        <translation>Theme name</translation>
    </message>
    <message>
        <source>Omschri&amp;jving:</source>
        <translation>Theme des&amp;cription:</translation>
    </message>
    <message>
        <source>Niveau &amp;1 basis:</source>
        <translation>Level &amp;1 basic:</translation>
    </message>
    <message>
        <source>Niveau &amp;2 significant:</source>
        <translation>Level &amp;2 significant:</translation>
    </message>
    <message>
        <source>Niveau &amp;3 ambitieus:</source>
        <translation>Level &amp;3 ambitious:</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Opnieuw opslaan</source>
        <translation>Save again</translation>
    </message>
    <message>
        <source>S&amp;luiten</source>
        <translation>Cl&amp;ose</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Opnieuw</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Leeg kader (drie thema&apos;s)</source>
        <translation>Empty framework (three themes)</translation>
    </message>
    <message>
        <source>Sjabloon: %1</source>
        <translation>Template: %1</translation>
    </message>
    <message>
        <source>Kopie van: %1</source>
        <translation>Copy of: %1</translation>
    </message>
    <message>
        <source>Versie %1 wordt gebruikt door sessies en blijft zoals ze is; de wijziging is bewaard als versie %2.</source>
        <translation>Version %1 is used by sessions and stays as it is; the change was saved as version %2.</translation>
    </message>
    <message>
        <source>Het kader is opgeslagen.</source>
        <translation>The framework is saved.</translation>
    </message>
    <message>
        <source>Kies Opnieuw opslaan, of Exporteren om het kader als bestand te bewaren.</source>
        <translation>Choose Save again, or Export to keep the framework as a file.</translation>
    </message>
    <message>
        <source>%1 (eigen)</source>
        <translation>%1 (own)</translation>
    </message>
    <message>
        <source>Kader &apos;%1&apos; wordt gebruikt door %2 sessie(s) en kan niet worden verwijderd.</source>
        <translation>Framework &apos;%1&apos; is used by %2 session(s) and cannot be deleted.</translation>
    </message>
    <message>
        <source>Kader wijzigen</source>
        <translation>Change framework</translation>
    </message>
    <message>
        <source>Thema wijzigen</source>
        <translation>Change theme</translation>
    </message>
    <message>
        <source>Thema verplaatsen</source>
        <translation>Move theme</translation>
    </message>
    <message>
        <source>Thema&apos;s samenvoegen</source>
        <translation>Merge themes</translation>
    </message>
</context>
<context>
    <name>FrameworkFiles</name>
    <message>
        <source>Kader exporteren</source>
        <translation>Export framework</translation>
    </message>
    <message>
        <source>Kaders (*.toml)</source>
        <translation>Frameworks (*.toml)</translation>
    </message>
    <message>
        <source>Kader bewaard in %1.</source>
        <translation>Framework saved in %1.</translation>
    </message>
    <message>
        <source>Kader importeren</source>
        <translation>Import framework</translation>
    </message>
</context>
<context>
    <name>FrameworkRoom</name>
    <message>
        <source>&amp;Kaders (themasets)…</source>
        <translation>Frame&amp;works (theme sets)…</translation>
    </message>
    <message>
        <source>&amp;Kaders…</source>
        <translation>Frame&amp;works…</translation>
    </message>
    <message>
        <source>Kaders</source>
        <translation>Frameworks</translation>
    </message>
    <message>
        <source>T&amp;hema&apos;s van de sessie…</source>
        <translation>&amp;Themes of the session…</translation>
    </message>
    <message>
        <source>Eigen criteria (&amp;bibliotheek)…</source>
        <translation>Own criteria (librar&amp;y)…</translation>
    </message>
    <message>
        <source>Eigen &amp;criteria…</source>
        <translation>Own criteria librar&amp;y…</translation>
    </message>
    <message>
        <source>Eigen criteria (bibliotheek)</source>
        <translation>Own criteria (library)</translation>
    </message>
    <message>
        <source>Naar versie %1 van het kader</source>
        <translation>To version %1 of the framework</translation>
    </message>
    <message>
        <source>Thema&apos;s van de sessie wijzigen</source>
        <translation>Change the session&apos;s themes</translation>
    </message>
    <message>
        <source>%1 (eigen)</source>
        <translation>%1 (own)</translation>
    </message>
</context>
<context>
    <name>GoalsStep</name>
    <message>
        <source>Per focusthema de ambitie (1 basis, 2 significant, 3 ambitieus) en meetbare doelen. Een effectdoel zegt wat er in de wereld verandert, een resultaatdoel wat de organisatie oplevert, een inspanningsdoel wat zij doet.</source>
        <translation>Per focus theme the ambition (1 basic, 2 significant, 3 ambitious) and measurable goals. An effect goal says what changes in the world, a result goal what the organisation delivers, an effort goal what it does.</translation>
    </message>
    <message>
        <source>Focusthema</source>
        <translation>Focus theme</translation>
    </message>
    <message>
        <source>Ambitie</source>
        <translation>Ambition</translation>
    </message>
    <message>
        <source>Waarom</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Ambitie per focusthema</source>
        <translation>Ambition per focus theme</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Soort doel</source>
        <translation>Goal type</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Nulmeting</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Streefwaarde</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Eenheid</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Eigenaar</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Doelen</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Doel &amp;verwijderen</source>
        <translation>Rem&amp;ove goal</translation>
    </message>
    <message>
        <source>&amp;Doel toevoegen</source>
        <translation>&amp;Add goal</translation>
    </message>
    <message>
        <source>Nieuw doel</source>
        <translation>New goal</translation>
    </message>
    <message>
        <source>Doel toevoegen</source>
        <translation>Add goal</translation>
    </message>
    <message>
        <source>Doel &apos;%1&apos; verwijderen</source>
        <translation>Remove goal &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Uitleg en toetsen</source>
        <translation>Method and keys</translation>
    </message>
</context>
<context>
    <name>ImpactModel</name>
    <message>
        <source>Impact %1 op %2</source>
        <translation>Impact of %1 on %2</translation>
    </message>
</context>
<context>
    <name>InventoryStep</name>
    <message>
        <source>Waar staan we? De ambitiewebs van de organisatie naast elkaar en samen (per thema de laagste, middelste en hoogste ambitie), en waar de inkoop en haar impact zitten.</source>
        <translation>Where do we stand? The organisation&apos;s webs side by side and together (per theme the lowest, middle and highest ambition), and where the spending and its impact are.</translation>
    </message>
    <message>
        <source>Inventarisatie</source>
        <translation>Inventory</translation>
    </message>
    <message>
        <source>Ambitieweb</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Voor</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ambitiewebs van het plan</source>
        <translation>The plan&apos;s webs</translation>
    </message>
    <message>
        <source>Ambitiewebs &amp;kiezen…</source>
        <translation>&amp;Choose webs…</translation>
    </message>
    <message>
        <source>Web &amp;openen</source>
        <translation>&amp;Open web</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Nu, per web</source>
        <translation>Now, per web</translation>
    </message>
    <message>
        <source>Ambitie, per web</source>
        <translation>Ambition, per web</translation>
    </message>
    <message>
        <source>Laagste / mediaan / hoogste</source>
        <translation>Lowest / median / highest</translation>
    </message>
    <message>
        <source>Thema&apos;s van de webs samen</source>
        <translation>Themes of the webs together</translation>
    </message>
    <message>
        <source>Ambitiewebs</source>
        <translation>Webs</translation>
    </message>
    <message>
        <source>Radar van de webs samen</source>
        <translation>Radar of the webs together</translation>
    </message>
    <message>
        <source>De webs samen</source>
        <translation>The webs together</translation>
    </message>
    <message>
        <source>Ambitiewebs samen</source>
        <translation>Webs together</translation>
    </message>
    <message>
        <source>Inkoopcategorie</source>
        <translation>Purchasing category</translation>
    </message>
    <message>
        <source>Productgroep</source>
        <translation>Product group</translation>
    </message>
    <message>
        <source>Inkoop per jaar (€)</source>
        <translation>Yearly spend (€)</translation>
    </message>
    <message>
        <source>Contracten</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <source>Inkoopcategorieën</source>
        <translation>Purchasing categories</translation>
    </message>
    <message>
        <source>Categorie &amp;toevoegen</source>
        <translation>&amp;Add category</translation>
    </message>
    <message>
        <source>Categorie &amp;verwijderen</source>
        <translation>&amp;Remove category</translation>
    </message>
    <message>
        <source>Impact per categorie en thema (1 tot 5)</source>
        <translation>Impact per category and theme (1 to 5)</translation>
    </message>
    <message>
        <source>Heatmap: waar zit onze impact</source>
        <translation>Heat map: where is our impact</translation>
    </message>
    <message>
        <source>Inkoop per categorie</source>
        <translation>Spend per category</translation>
    </message>
    <message>
        <source>Impact per thema (1 laag – 5 hoog; leeg = niet gescoord)</source>
        <translation>Impact per theme (1 low – 5 high; empty = not scored)</translation>
    </message>
    <message>
        <source>Heatmap: waar zit onze impact?</source>
        <translation>Heat map: where is our impact?</translation>
    </message>
    <message>
        <source>Inkoop en impact</source>
        <translation>Spend and impact</translation>
    </message>
    <message>
        <source>%1 inkoopcategorieën, impact per thema van 1 tot 5</source>
        <translation>%1 purchasing categories, impact per theme from 1 to 5</translation>
    </message>
    <message>
        <source>Nieuwe categorie</source>
        <translation>New category</translation>
    </message>
    <message>
        <source>Nieuwe categorie %1</source>
        <translation>New category %1</translation>
    </message>
    <message>
        <source>Categorie toevoegen</source>
        <translation>Add category</translation>
    </message>
    <message>
        <source>Categorie &apos;%1&apos; verwijderen</source>
        <translation>Remove category &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>JobIndicator</name>
    <message>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Afbreken</source>
        <translation>Stop</translation>
    </message>
</context>
<context>
    <name>LevelAnnouncer</name>
    <message>
        <source>Ambitie %1: %2</source>
        <translation>Ambition %1: %2</translation>
    </message>
    <message>
        <source>Huidige situatie %1: %2</source>
        <translation>Current situation %1: %2</translation>
    </message>
</context>
<context>
    <name>LibraryEditor</name>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Bestektekst</source>
        <translation>Tender text</translation>
    </message>
    <message>
        <source>Bewijsmiddel</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>Beoordeling</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <source>Invulvelden</source>
        <translation>Placeholders</translation>
    </message>
    <message>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Opnieuw</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Hoe de aanbiedingen worden beoordeeld.</source>
        <translation>Hoe de aanbiedingen worden beoordeeld.</translation>
    </message>
    <message>
        <source>Eigen criterium bewerken: %1</source>
        <translation>Edit own criterion: %1</translation>
    </message>
    <message>
        <source>Nieuw criterium</source>
        <translation>Nieuw criterium</translation>
    </message>
    <message>
        <source>De opdrachtnemer …</source>
        <translation>De opdrachtnemer …</translation>
    </message>
    <message>
        <source>Bewijsmiddel: …</source>
        <translation>Bewijsmiddel: …</translation>
    </message>
    <message>
        <source>Toelichting voor de inkoper: …</source>
        <translation>Toelichting voor de inkoper: …</translation>
    </message>
    <message>
        <source>Nieuw eigen criterium</source>
        <translation>New own criterion</translation>
    </message>
    <message>
        <source>Eigen criterium verwijderen: %1</source>
        <translation>Remove own criterion: %1</translation>
    </message>
    <message>
        <source>De bibliotheek is opgeslagen.</source>
        <translation>The library is saved.</translation>
    </message>
    <message>
        <source>Kies Opnieuw opslaan, of Exporteren om de criteria als bestand te bewaren.</source>
        <translation>Choose Save again, or Export to keep the criteria as a file.</translation>
    </message>
    <message>
        <source>Eigen criteria (bibliotheek)</source>
        <translation>Own criteria (library)</translation>
    </message>
    <message>
        <source>De standaard-bestekteksten van de organisatie, per thema. Elke sessie met dat thema biedt ze aan op het tabblad Criteria, naast de catalogus. Elke wijziging wordt meteen bewaard.</source>
        <translation>The organisation&apos;s standard tender texts, per theme. Every session with that theme offers them on the Criteria tab, next to the catalogue. Every change is saved at once.</translation>
    </message>
    <message>
        <source>&amp;Criteria:</source>
        <translation>&amp;Criteria:</translation>
    </message>
    <message>
        <source>Eigen criteria</source>
        <translation>Own criteria</translation>
    </message>
    <message>
        <source>&amp;Nieuw criterium</source>
        <translation>&amp;New criterion</translation>
    </message>
    <message>
        <source>Nieuw criterium toevoegen</source>
        <translation>Add a new criterion</translation>
    </message>
    <message>
        <source>Ver&amp;wijderen</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Criterium verwijderen</source>
        <translation>Remove criterion</translation>
    </message>
    <message>
        <source>&amp;Importeren…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Criteria importeren uit een TOML-bestand</source>
        <translation>Import criteria from a TOML file</translation>
    </message>
    <message>
        <source>Ex&amp;porteren…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Bibliotheek exporteren als TOML-bestand</source>
        <translation>Export the library as a TOML file</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>T&amp;hema:</source>
        <translation>T&amp;heme:</translation>
    </message>
    <message>
        <source>Een thema uit een kader, of het id van een thema (kleine letters, cijfers en streepjes)</source>
        <translation>A theme of a framework, or a theme&apos;s id (lower-case letters, digits and hyphens)</translation>
    </message>
    <message>
        <source>&amp;Soort:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Ni&amp;veau:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>Bestekte&amp;kst:</source>
        <translation>Tender t&amp;ext:</translation>
    </message>
    <message>
        <source>Invulvelden schrijf je als {{naam}}; de aanbesteding vult ze in</source>
        <translation>Write placeholders as {{name}}; the tender fills them in</translation>
    </message>
    <message>
        <source>&amp;Bewijsmiddel:</source>
        <translation>&amp;Verification:</translation>
    </message>
    <message>
        <source>Beoo&amp;rdeling:</source>
        <translation>&amp;Scoring:</translation>
    </message>
    <message>
        <source>Toe&amp;lichting:</source>
        <translation>&amp;Guidance:</translation>
    </message>
    <message>
        <source>Voor de inkoper: wanneer past dit criterium, en is het proportioneel</source>
        <translation>For the buyer: when does this criterion fit, and is it proportionate</translation>
    </message>
    <message>
        <source>Invulvel&amp;den:</source>
        <translation>&amp;Placeholders:</translation>
    </message>
    <message>
        <source>Per regel: naam: wat de aanbesteding invult. Velden die de tekst gebruikt komen er vanzelf bij.</source>
        <translation>One per line: name: what the tender fills in. Placeholders the text uses are added by themselves.</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Opnieuw &amp;opslaan</source>
        <translation>Save &amp;again</translation>
    </message>
    <message>
        <source>Opnieuw opslaan</source>
        <translation>Save again</translation>
    </message>
    <message>
        <source>Sl&amp;uiten</source>
        <translation>Cl&amp;ose</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>LibraryFiles</name>
    <message>
        <source>Eigen criteria exporteren</source>
        <translation>Export own criteria</translation>
    </message>
    <message>
        <source>Criteria (*.toml)</source>
        <translation>Criteria (*.toml)</translation>
    </message>
    <message>
        <source>Eigen criteria bewaard in %1.</source>
        <translation>Own criteria saved in %1.</translation>
    </message>
    <message>
        <source>Eigen criteria importeren</source>
        <translation>Import own criteria</translation>
    </message>
    <message>
        <source>Eigen criteria importeren: %1</source>
        <translation>Import own criteria: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Opnieuw</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Geëxporteerd naar %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>Geïmporteerd: %1</source>
        <translation>Imported: %1</translation>
    </message>
    <message>
        <source>De laatste wijzigingen konden niet worden opgeslagen. Toch afsluiten?</source>
        <translation>The latest changes could not be saved. Quit anyway?</translation>
    </message>
    <message>
        <source>Ambitieweb</source>
        <translation>Ambitieweb</translation>
    </message>
    <message>
        <source>&amp;Zoeken:</source>
        <translation>Sea&amp;rch:</translation>
    </message>
    <message>
        <source>Zoek sessies</source>
        <translation>Search sessions</translation>
    </message>
    <message>
        <source>titel, organisatie of onderwerp</source>
        <translation>title, organisation or subject</translation>
    </message>
    <message>
        <source>Sessies</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>&amp;Nieuwe sessie…</source>
        <translation>&amp;New session…</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Importeren…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Sessie</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Presentatie</source>
        <translation>&amp;Presentation</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Terug naar overzicht</source>
        <translation>&amp;Back to overview</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Exporteren als sessiebestand…</source>
        <translation>&amp;Export as session file…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Documenten exporteren (PDF, bestekteksten)…</source>
        <translation>Export &amp;documents (PDF, tender texts)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Diagram exporteren als &amp;PNG…</source>
        <translation>Export chart as &amp;PNG…</translation>
    </message>
    <message>
        <source>Diagram exporteren als &amp;SVG…</source>
        <translation>Export chart as &amp;SVG…</translation>
    </message>
    <message>
        <source>A&amp;fdrukken…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <source>Het ambitiedocument afdrukken</source>
        <translation>Print the ambition document</translation>
    </message>
    <message>
        <source>&amp;Uitleg en toetsen…</source>
        <translation>&amp;Method and keys…</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Sessiegegevens…</source>
        <translation>&amp;Session details…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Deelnemers…</source>
        <translation>&amp;Participants…</translation>
    </message>
    <message>
        <source>Vastgestelde ve&amp;rsies…</source>
        <translation>Agreed &amp;versions…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>D&amp;upliceren</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>&amp;Verwijderen…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <source>&amp;Vaststellen…</source>
        <translation>&amp;Agree version…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
</context>
<context>
    <name>MissingValuesModel</name>
    <message>
        <source>Criterium</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Invulveld</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>MoveVersionDialog</name>
    <message>
        <source>Naar de nieuwere versie van het kader</source>
        <translation>To the newer version of the framework</translation>
    </message>
    <message>
        <source>Kader &apos;%1&apos;: van versie %2 naar versie %3.</source>
        <translation>Framework &apos;%1&apos;: from version %2 to version %3.</translation>
    </message>
    <message>
        <source>Verschillen:</source>
        <translation>Differences:</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Wordt weggehaald (terug te halen met Ongedaan maken):</source>
        <translation>Will be removed (Undo brings it back):</translation>
    </message>
    <message>
        <source>Thema&apos;s met hetzelfde id houden al hun gegevens.</source>
        <translation>Themes with the same id keep all their data.</translation>
    </message>
    <message>
        <source>&amp;Overstappen</source>
        <translation>&amp;Move</translation>
    </message>
    <message>
        <source>Overstappen</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>Ca&amp;ncel</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>NewerVersionBar</name>
    <message>
        <source>Ove&amp;rstappen…</source>
        <translation>Move to the ne&amp;wer version…</translation>
    </message>
    <message>
        <source>Overstappen op de nieuwere versie</source>
        <translation>Move to the newer version</translation>
    </message>
    <message>
        <source>Een nieuwere versie van dit kader bestaat (versie %1, %2).</source>
        <translation>A newer version of this framework exists (version %1, %2).</translation>
    </message>
</context>
<context>
    <name>NotesDialog</name>
    <message>
        <source>Onderbouwing en notities: %1</source>
        <translation>Rationale and notes: %1</translation>
    </message>
    <message>
        <source>&amp;Onderbouwing en notities bij %1</source>
        <translation>&amp;Rationale and notes on %1</translation>
    </message>
    <message>
        <source>Onderbouwing</source>
        <translation>Rationale</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <source>Projectweb</source>
        <translation>Project web</translation>
    </message>
    <message>
        <source>Leverancier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Contractmanager</source>
        <translation>Contract manager</translation>
    </message>
    <message>
        <source>Volgend gesprek</source>
        <translation>Next review</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Gesprekken</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>Open acties</source>
        <translation>Open actions</translation>
    </message>
    <message>
        <source>Nagekomen</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>onder vastgesteld</source>
        <translation>below agreed</translation>
    </message>
    <message>
        <source>⚠ te laat (%1 dagen)</source>
        <translation>⚠ overdue (%1 days)</translation>
    </message>
    <message>
        <source>geen gesprek gepland</source>
        <translation>no review planned</translation>
    </message>
    <message>
        <source>op tijd</source>
        <translation>on time</translation>
    </message>
    <message>
        <source>%1: gerealiseerd / vastgesteld bij het laatste gesprek: %2</source>
        <translation>%1: realised / agreed at the last review: %2</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>Rij %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>ParticipantsDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>… en nog %1 meldingen.</source>
        <translation>… and %1 more messages.</translation>
    </message>
    <message>
        <source>Rij %1 heeft geen naam en wordt niet bewaard.</source>
        <translation>Row %1 has no name and will not be saved.</translation>
    </message>
    <message>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>&amp;Deelnemers (dubbelklik of F2 om een cel te wijzigen):</source>
        <translation>&amp;Participants (double-click or press F2 to edit a cell):</translation>
    </message>
    <message>
        <source>Naam, rol en organisatie per deelnemer</source>
        <translation>Name, role and organisation of each participant</translation>
    </message>
    <message>
        <source>&amp;Toevoegen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Deelnemer toevoegen</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Geselecteerde deelnemers verwijderen</source>
        <translation>Remove selected participants</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>PlanController</name>
    <message>
        <source>Contractopvolging niet gelezen: %1</source>
        <translation>Contract follow-up not read: %1</translation>
    </message>
    <message>
        <source>Projectweb starten voor &apos;%1&apos;</source>
        <translation>Start project web for &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Nieuw actieplan</source>
        <translation>New action plan</translation>
    </message>
    <message>
        <source>Gegevens van het actieplan</source>
        <translation>Action plan details</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>&amp;Organisatie:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Beginjaar:</source>
        <translation>&amp;Start year:</translation>
    </message>
    <message>
        <source>Beginjaar</source>
        <translation>Start year</translation>
    </message>
    <message>
        <source>&amp;Eindjaar:</source>
        <translation>&amp;End year:</translation>
    </message>
    <message>
        <source>Eindjaar</source>
        <translation>End year</translation>
    </message>
    <message>
        <source>&amp;Kader:</source>
        <translation>Frame&amp;work:</translation>
    </message>
    <message>
        <source>Kader (themaset)</source>
        <translation>Framework (theme set)</translation>
    </message>
    <message>
        <source>Hoogstens &amp;focusthema&apos;s:</source>
        <translation>&amp;Focus themes at most:</translation>
    </message>
    <message>
        <source>Hoogstens focusthema&apos;s</source>
        <translation>Focus themes at most</translation>
    </message>
    <message>
        <source>ambitieweb niet gevonden (%1)</source>
        <translation>web not found (%1)</translation>
    </message>
    <message>
        <source>&amp;Ambitiewebs:</source>
        <translation>&amp;Webs:</translation>
    </message>
    <message>
        <source>Ambitiewebs waar het plan op bouwt</source>
        <translation>Webs the plan builds on</translation>
    </message>
    <message>
        <source>Vink de generieke webs aan van de organisatie, haar afdelingen en impactgebieden.</source>
        <translation>Tick the generic webs of the organisation, its departments and impact areas.</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PlanList</name>
    <message>
        <source>Actieplannen</source>
        <translation>Action plans</translation>
    </message>
    <message>
        <source>Actieplan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Looptijd</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Nieuw actieplan…</source>
        <translation>&amp;New action plan…</translation>
    </message>
    <message>
        <source>&amp;Importeren…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>&amp;Verwijderen…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>&amp;Gegevens van het plan…</source>
        <translation>Plan &amp;details…</translation>
    </message>
    <message>
        <source>Actieplan als PD&amp;F of Word…</source>
        <translation>Action plan as PDF or &amp;Word…</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Aandachtspunten van het plan</source>
        <translation>Points of attention of the plan</translation>
    </message>
    <message>
        <source>Stappen van het actieplan</source>
        <translation>Steps of the action plan</translation>
    </message>
    <message>
        <source>&amp;1 Inventarisatie</source>
        <translation>&amp;1 Inventory</translation>
    </message>
    <message>
        <source>&amp;2 Thema&apos;s kiezen</source>
        <translation>&amp;2 Choose themes</translation>
    </message>
    <message>
        <source>&amp;3 Ambities en doelen</source>
        <translation>&amp;3 Ambitions and goals</translation>
    </message>
    <message>
        <source>&amp;4 Kansrijke aanbestedingen</source>
        <translation>&amp;4 Promising tenders</translation>
    </message>
    <message>
        <source>&amp;5 MVI in het inkoopproces</source>
        <translation>&amp;5 MVI in procurement</translation>
    </message>
    <message>
        <source>&amp;6 Jaarplanning</source>
        <translation>&amp;6 Year plan</translation>
    </message>
    <message>
        <source>&amp;7 Evalueren</source>
        <translation>&amp;7 Evaluate</translation>
    </message>
</context>
<context>
    <name>PlanRoom</name>
    <message>
        <source>Nieuw a&amp;ctieplan…</source>
        <translation>New a&amp;ction plan…</translation>
    </message>
    <message>
        <source>Actiep&amp;lannen…</source>
        <translation>Action p&amp;lans…</translation>
    </message>
    <message>
        <source>&amp;MVOI-actieplan</source>
        <translation>&amp;MVOI action plan</translation>
    </message>
    <message>
        <source>Actieplan als &amp;PDF of Word…</source>
        <translation>Action plan as &amp;PDF or Word…</translation>
    </message>
    <message>
        <source>A&amp;ctieplannen…</source>
        <translation>A&amp;ction plans…</translation>
    </message>
    <message>
        <source>&amp;Gegevens van het plan…</source>
        <translation>Plan &amp;details…</translation>
    </message>
    <message>
        <source>Plan&amp;bestand exporteren…</source>
        <translation>E&amp;xport plan file…</translation>
    </message>
    <message>
        <source>Planbestand &amp;importeren…</source>
        <translation>&amp;Import plan file…</translation>
    </message>
    <message>
        <source>&amp;Terug naar het actieplan</source>
        <translation>&amp;Back to the action plan</translation>
    </message>
    <message>
        <source>Actieplannen</source>
        <translation>Action plans</translation>
    </message>
    <message>
        <source>Nieuw actieplan &apos;%1&apos;</source>
        <translation>New action plan &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Actieplan verwijderen</source>
        <translation>Delete action plan</translation>
    </message>
    <message>
        <source>Actieplan &apos;%1&apos; verwijderen? De ambitiewebs blijven. Ctrl+Z zet het plan terug.</source>
        <translation>Delete action plan &apos;%1&apos;? The webs stay. Ctrl+Z brings the plan back.</translation>
    </message>
    <message>
        <source>Actieplan &apos;%1&apos; verwijderen</source>
        <translation>Delete action plan &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L: terug naar het actieplan</source>
        <translation>Ctrl+Shift+L: back to the action plan</translation>
    </message>
    <message>
        <source>Gegevens van het plan</source>
        <translation>Plan details</translation>
    </message>
    <message>
        <source>Actieplan exporteren</source>
        <translation>Export the action plan</translation>
    </message>
    <message>
        <source>Actieplan wordt geëxporteerd…</source>
        <translation>Exporting the action plan…</translation>
    </message>
    <message>
        <source>Geëxporteerd naar %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>Planbestand exporteren</source>
        <translation>Export plan file</translation>
    </message>
    <message>
        <source>Actieplannen (*.ambitieplan.json)</source>
        <translation>Action plans (*.ambitieplan.json)</translation>
    </message>
    <message>
        <source>%1 verwijzing(en) naar verwijderde webs weggelaten</source>
        <translation>%1 reference(s) to deleted webs left out</translation>
    </message>
    <message>
        <source>Planbestand importeren</source>
        <translation>Import plan file</translation>
    </message>
    <message>
        <source>Actieplannen (*.ambitieplan.json *.json)</source>
        <translation>Action plans (*.ambitieplan.json *.json)</translation>
    </message>
    <message>
        <source>Dit actieplan staat al in de database. Als kopie importeren?</source>
        <translation>This action plan is already in the database. Import it as a copy?</translation>
    </message>
    <message>
        <source>Geïmporteerd: %1 nieuwe webs, %2 al aanwezig</source>
        <translation>Imported: %1 new webs, %2 already here</translation>
    </message>
</context>
<context>
    <name>PresenterActions</name>
    <message>
        <source>Presentatie &amp;starten</source>
        <translation>&amp;Start presentation</translation>
    </message>
    <message>
        <source>Presentatie s&amp;toppen</source>
        <translation>S&amp;top presentation</translation>
    </message>
    <message>
        <source>&amp;Volgend thema</source>
        <translation>&amp;Next theme</translation>
    </message>
    <message>
        <source>V&amp;orig thema</source>
        <translation>Pre&amp;vious theme</translation>
    </message>
    <message>
        <source>Stemmen tonen of ve&amp;rbergen</source>
        <translation>&amp;Reveal or hide votes</translation>
    </message>
    <message>
        <source>&amp;Klok starten of pauzeren</source>
        <translation>Start or pause the &amp;clock</translation>
    </message>
    <message>
        <source>Alleen &amp;focusthema&apos;s tonen</source>
        <translation>Only &amp;focus themes</translation>
    </message>
    <message>
        <source>&amp;Generiek ambitieweb tonen</source>
        <translation>Show the &amp;generic web</translation>
    </message>
    <message>
        <source>Vergelijken met &amp;eerdere versie</source>
        <translation>Compare with an &amp;earlier version</translation>
    </message>
    <message>
        <source>&amp;Notities</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Stem van de gekozen deelnemer</source>
        <translation>Vote of the selected participant</translation>
    </message>
    <message>
        <source>Ambitie van de groep</source>
        <translation>The group&apos;s ambition</translation>
    </message>
    <message>
        <source>Stem intrekken</source>
        <translation>Take the vote back</translation>
    </message>
    <message>
        <source>Scherm voor het &amp;publiek</source>
        <translation>Screen for the &amp;audience</translation>
    </message>
</context>
<context>
    <name>PresenterMode</name>
    <message>
        <source>Het scherm voor het publiek is weg. Sluit het weer aan; de presentatie loopt door.</source>
        <translation>The audience screen is gone. Connect it again; the presentation goes on.</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <source>(geen eerdere versie)</source>
        <translation>(no earlier version)</translation>
    </message>
    <message>
        <source>Versie %1 van %2</source>
        <translation>Version %1 of %2</translation>
    </message>
    <message>
        <source>Thema %1 van %2</source>
        <translation>Theme %1 of %2</translation>
    </message>
    <message>
        <source> · focusthema</source>
        <translation> · focus theme</translation>
    </message>
    <message>
        <source>Nog geen stemmen. Kies een deelnemer en druk 1, 2 of 3 (0 trekt in).</source>
        <translation>No votes yet. Select a participant and press 1, 2 or 3 (0 takes it back).</translation>
    </message>
    <message>
        <source>Klok pauzeren (T)</source>
        <translation>Pause the clock (T)</translation>
    </message>
    <message>
        <source>Klok starten (T)</source>
        <translation>Start the clock (T)</translation>
    </message>
    <message>
        <source>Leg de reden vast (N).</source>
        <translation>Record the reason (N).</translation>
    </message>
    <message>
        <source>Thema: geen tijd gepland</source>
        <translation>Theme: no time planned</translation>
    </message>
    <message>
        <source>Thema: tijd om (%1)</source>
        <translation>Theme: time is up (%1)</translation>
    </message>
    <message>
        <source>Thema: %1</source>
        <translation>Theme: %1</translation>
    </message>
    <message>
        <source>Sessie: %1</source>
        <translation>Session: %1</translation>
    </message>
    <message>
        <source>Presentatie</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Sessietitel</source>
        <translation>Session title</translation>
    </message>
    <message>
        <source>Tijd voor dit thema</source>
        <translation>Time for this theme</translation>
    </message>
    <message>
        <source>Tijd voor de hele sessie</source>
        <translation>Time for the whole session</translation>
    </message>
    <message>
        <source>Presentatie stoppen (Esc)</source>
        <translation>Stop presentation (Esc)</translation>
    </message>
    <message>
        <source>Ambitieweb</source>
        <translation>Ambition web</translation>
    </message>
    <message>
        <source>Bediening van de presentatie</source>
        <translation>Presenter controls</translation>
    </message>
    <message>
        <source>◀ Vorige</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>Vorig thema (Links, PageUp)</source>
        <translation>Previous theme (Left, PageUp)</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Volgende ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>Volgend thema (Rechts, PageDown)</source>
        <translation>Next theme (Right, PageDown)</translation>
    </message>
    <message>
        <source>Niveaus van het thema</source>
        <translation>Levels of the theme</translation>
    </message>
    <message>
        <source>Waarschuwing</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>&amp;Vergelijken met</source>
        <translation>Compare &amp;with</translation>
    </message>
    <message>
        <source>Vergelijken met een eerdere versie</source>
        <translation>Compare with an earlier version</translation>
    </message>
    <message>
        <source>&amp;Generiek ambitieweb tonen (G)</source>
        <translation>Show the &amp;generic web (G)</translation>
    </message>
    <message>
        <source>Publiek ziet alleen &amp;focusthema&apos;s (F)</source>
        <translation>Audience sees onl&amp;y focus themes (F)</translation>
    </message>
    <message>
        <source>Stemmen tonen aan het publiek (&amp;R)</source>
        <translation>Show votes to the audience (&amp;R)</translation>
    </message>
    <message>
        <source>Stemmen</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Stemmen per deelnemer</source>
        <translation>Votes per participant</translation>
    </message>
    <message>
        <source>Anoniem (handen):</source>
        <translation>Anonymous (hands):</translation>
    </message>
    <message>
        <source>Aantal voor basis</source>
        <translation>Count for basic</translation>
    </message>
    <message>
        <source>1: </source>
        <translation>1: </translation>
    </message>
    <message>
        <source>Aantal voor significant</source>
        <translation>Count for significant</translation>
    </message>
    <message>
        <source>2: </source>
        <translation>2: </translation>
    </message>
    <message>
        <source>Aantal voor ambitieus</source>
        <translation>Count for ambitious</translation>
    </message>
    <message>
        <source>3: </source>
        <translation>3: </translation>
    </message>
    <message>
        <source>Verdeling van de stemmen</source>
        <translation>Distribution of the votes</translation>
    </message>
    <message>
        <source>Vastgestelde &amp;ambitie</source>
        <translation>Agreed &amp;ambition</translation>
    </message>
    <message>
        <source>Ambitie van de groep</source>
        <translation>The group&apos;s ambition</translation>
    </message>
    <message>
        <source>Ctrl+0 tot Ctrl+3</source>
        <translation>Ctrl+0 to Ctrl+3</translation>
    </message>
    <message>
        <source>Ti&amp;jd voor dit thema</source>
        <translation>Ti&amp;me for this theme</translation>
    </message>
    <message>
        <source>Geplande minuten voor dit thema</source>
        <translation>Minutes planned for this theme</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Onderbouwing en notities (N)</source>
        <translation>Rationale and &amp;notes (N)</translation>
    </message>
    <message>
        <source>Onderbouwing</source>
        <translation>Rationale</translation>
    </message>
</context>
<context>
    <name>ProcessStep</name>
    <message>
        <source>Per aanbesteding het projectweb: de status, de geplande en de afgesproken niveaus (▼ = lager dan gepland), het aandeel MVI in de gunning en of de geldende beleidsregels zijn toegepast.</source>
        <translation>Per tender its project web: the status, the planned and the agreed levels (▼ = below plan), the share of MVI in the award and whether the policy rules that apply were applied.</translation>
    </message>
    <message>
        <source>Aanbesteding</source>
        <translation>Tender</translation>
    </message>
    <message>
        <source>Projectweb</source>
        <translation>Project web</translation>
    </message>
    <message>
        <source>Gepland</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Afgesproken</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>MVI in gunning</source>
        <translation>MVI in award</translation>
    </message>
    <message>
        <source>Beleidsregels toegepast</source>
        <translation>Policy rules applied</translation>
    </message>
    <message>
        <source>MVI in het inkoopproces</source>
        <translation>MVI in procurement</translation>
    </message>
    <message>
        <source>Projectweb &amp;openen</source>
        <translation>&amp;Open project web</translation>
    </message>
    <message>
        <source>verwijderd</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>nog niet gestart</source>
        <translation>not started yet</translation>
    </message>
</context>
<context>
    <name>RadarWidget</name>
    <message>
        <source>Ambitieweb-diagram</source>
        <translation>Ambition web chart</translation>
    </message>
    <message>
        <source>stemmen %1 tot %2, mediaan %3</source>
        <translation>votes %1 to %2, median %3</translation>
    </message>
    <message>
        <source>niet beoordeeld</source>
        <translation>not judged</translation>
    </message>
</context>
<context>
    <name>RealisedModel</name>
    <message>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Nulmeting</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Streefwaarde</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Gehaald</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Uit contracten</source>
        <translation>From contracts</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Uit contracten: %1, van:
%2</source>
        <translation>From contracts: %1, from:
%2</translation>
    </message>
    <message>
        <source>%1 uit:
%2</source>
        <translation>%1 from:
%2</translation>
    </message>
    <message>
        <source>Gerealiseerd %1: &apos;%2&apos; is geen getal.</source>
        <translation>Realised %1: &apos;%2&apos; is not a number.</translation>
    </message>
    <message>
        <source>Gerealiseerd %1: %2</source>
        <translation>Realised %1: %2</translation>
    </message>
</context>
<context>
    <name>RecordsModel</name>
    <message>
        <source>aan</source>
        <translation>on</translation>
    </message>
    <message>
        <source>uit</source>
        <translation>off</translation>
    </message>
</context>
<context>
    <name>ReviewEditor</name>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Toelichting bij het gesprek</source>
        <translation>Note on the review</translation>
    </message>
    <message>
        <source>Aanwezig</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Datum als dd-mm-jjjj</source>
        <translation>Date as dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Aanwezig bij het gesprek</source>
        <translation>Present at the review</translation>
    </message>
    <message>
        <source>Datum gespre&amp;k</source>
        <translation>Review d&amp;ate</translation>
    </message>
    <message>
        <source>Aanwe&amp;zig</source>
        <translation>Prese&amp;nt</translation>
    </message>
    <message>
        <source>Criterium</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Toegezegd in de inschrijving</source>
        <translation>Promised in the bid</translation>
    </message>
    <message>
        <source>Bewijs ontvangen</source>
        <translation>Evidence received</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Streefwaarde</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Gemeten waarde</source>
        <translation>Measured value</translation>
    </message>
    <message>
        <source>Eenheid</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Vastgesteld</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Gerealiseerd</source>
        <translation>Realised</translation>
    </message>
    <message>
        <source>Signaal</source>
        <translation>Flag</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Eigenaar</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Uiterlijk</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Gedaan</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Onderdelen van het gesprek</source>
        <translation>Parts of the review</translation>
    </message>
    <message>
        <source>&amp;Criteria</source>
        <translation>&amp;Criteria</translation>
    </message>
    <message>
        <source>Criteria van de vastgestelde versie</source>
        <translation>Criteria of the agreed version</translation>
    </message>
    <message>
        <source>&amp;Doelen</source>
        <translation>&amp;Goals</translation>
    </message>
    <message>
        <source>Gemeten waarden per doel</source>
        <translation>Measured values per goal</translation>
    </message>
    <message>
        <source>Thema&apos;s</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Gerealiseerd niveau per thema</source>
        <translation>Realised level per theme</translation>
    </message>
    <message>
        <source>Vervolgacties</source>
        <translation>Follow-up actions</translation>
    </message>
    <message>
        <source>Actie toevoegen</source>
        <translation>Add action</translation>
    </message>
    <message>
        <source>Actie verwijderen</source>
        <translation>Remove action</translation>
    </message>
    <message>
        <source>⚠ onder het vastgestelde niveau</source>
        <translation>⚠ below the agreed level</translation>
    </message>
    <message>
        <source>Kies een voortgangsgesprek of begin een nieuw.</source>
        <translation>Choose a review or start a new one.</translation>
    </message>
    <message>
        <source>Toetst vastgestelde versie %1 van %2.</source>
        <translation>Checks agreed version %1 of %2.</translation>
    </message>
    <message>
        <source>Nog geen criterium beoordeeld.</source>
        <translation>No criterion judged yet.</translation>
    </message>
    <message>
        <source>Nagekomen: %1% van de beoordeelde criteria.</source>
        <translation>Met: %1% of the criteria judged.</translation>
    </message>
    <message>
        <source>⚠ Onder het vastgestelde niveau: %1.</source>
        <translation>⚠ Below the agreed level: %1.</translation>
    </message>
    <message>
        <source>Open vervolgacties: %1.</source>
        <translation>Open follow-up actions: %1.</translation>
    </message>
    <message>
        <source>Geen thema meer onder het vastgestelde niveau.</source>
        <translation>No theme below the agreed level any more.</translation>
    </message>
    <message>
        <source>Datum gesprek: &apos;%1&apos; is geen datum (dd-mm-jjjj)</source>
        <translation>Review date: &apos;%1&apos; is not a date (dd-mm-yyyy)</translation>
    </message>
    <message>
        <source>Datum gesprek</source>
        <translation>Review date</translation>
    </message>
    <message>
        <source>Nieuwe actie</source>
        <translation>New action</translation>
    </message>
</context>
<context>
    <name>ReviewTable</name>
    <message>
        <source>gedaan</source>
        <translation>done</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>geen datum (dd-mm-jjjj)</source>
        <translation>not a date (dd-mm-yyyy)</translation>
    </message>
    <message>
        <source>geen getal</source>
        <translation>not a number</translation>
    </message>
</context>
<context>
    <name>RoleDelegate</name>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
</context>
<context>
    <name>SaveAs</name>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word-document (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
</context>
<context>
    <name>SavedDocument</name>
    <message>
        <source>Opslaan mislukt: %1</source>
        <translation>Saving failed: %1</translation>
    </message>
</context>
<context>
    <name>SearchKeys</name>
    <message>
        <source>Zoekveld leegmaken</source>
        <translation>Clear the search field</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Ambitie %1: %2</source>
        <translation>Ambition %1: %2</translation>
    </message>
    <message>
        <source>Huidige situatie %1: %2</source>
        <translation>Current situation %1: %2</translation>
    </message>
    <message>
        <source>Onderbouwing %1</source>
        <translation>Rationale %1</translation>
    </message>
    <message>
        <source>Focusthema %1</source>
        <translation>Focus theme %1</translation>
    </message>
    <message>
        <source>Hoogstens %1 focusthema&apos;s</source>
        <translation>At most %1 focus themes</translation>
    </message>
    <message>
        <source>Doelen %1</source>
        <translation>Goals %1</translation>
    </message>
    <message>
        <source>Maatregelen %1</source>
        <translation>Measures %1</translation>
    </message>
    <message>
        <source>Stem %1 op %2: %3</source>
        <translation>Vote of %1 on %2: %3</translation>
    </message>
    <message>
        <source>Stem %1 op %2 ingetrokken</source>
        <translation>Vote of %1 on %2 taken back</translation>
    </message>
    <message>
        <source>Telling %1</source>
        <translation>Count %1</translation>
    </message>
    <message>
        <source>Agenda %1</source>
        <translation>Agenda %1</translation>
    </message>
    <message>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Sessiegegevens</source>
        <translation>Session details</translation>
    </message>
    <message>
        <source>Opslaan mislukt: %1</source>
        <translation>Saving failed: %1</translation>
    </message>
    <message>
        <source>De database antwoordt nog niet. Uw wijziging is nog niet opgeslagen en blijft op het scherm; zodra de database antwoordt, wordt ze bewaard.</source>
        <translation>The database is not answering yet. Your change has not been saved yet and stays on screen; it is saved as soon as the database answers.</translation>
    </message>
    <message>
        <source> (mijn versie)</source>
        <translation> (my version)</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 (versie %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>Anders (geen productgroep uit de catalogus)</source>
        <translation>Other (no product group from the catalogue)</translation>
    </message>
    <message>
        <source>%1 (hoort niet bij dit kader)</source>
        <translation>%1 (does not fit this framework)</translation>
    </message>
    <message>
        <source>onbekende productgroep (%1)</source>
        <translation>unknown product group (%1)</translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>onbekend generiek ambitieweb (%1)</source>
        <translation>unknown generic web (%1)</translation>
    </message>
    <message>
        <source>Sessiegegevens</source>
        <translation>Session details</translation>
    </message>
    <message>
        <source>Optionele thema&apos;s &amp;meenemen: %1</source>
        <translation>&amp;Include optional themes: %1</translation>
    </message>
    <message>
        <source>Optionele thema&apos;s &amp;meenemen (dit kader heeft er geen)</source>
        <translation>&amp;Include optional themes (this framework has none)</translation>
    </message>
    <message>
        <source>Let op: dit generieke ambitieweb gebruikt een ander kader (%1); alleen de gedeelde thema&apos;s zijn te vergelijken.</source>
        <translation>Note: this generic web uses a different framework (%1); only the shared themes can be compared.</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Productgroep</source>
        <translation>Product group</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Nieuwe sessie</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Verplicht</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>bijvoorbeeld Schoonmaakdiensten 2027</source>
        <translation>for example Cleaning services 2027</translation>
    </message>
    <message>
        <source>Een titel is verplicht.</source>
        <translation>A title is required.</translation>
    </message>
    <message>
        <source>&amp;Organisatie:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Onder&amp;werp:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>contract, dienst of afdeling</source>
        <translation>contract, service or department</translation>
    </message>
    <message>
        <source>&amp;Productgroep:</source>
        <translation>&amp;Product group:</translation>
    </message>
    <message>
        <source>Bepaalt welke criteria het criteriapaneel eerst aanbiedt</source>
        <translation>Decides which criteria the criteria panel offers first</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Datum van de sessie</source>
        <translation>Session date</translation>
    </message>
    <message>
        <source>dd-MM-yyyy</source>
        <translation>dd-MM-yyyy</translation>
    </message>
    <message>
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Facilitator:</translation>
    </message>
    <message>
        <source>&amp;Soort:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>Soort ambitieweb</source>
        <translation>Type of ambition web</translation>
    </message>
    <message>
        <source>&amp;Kader:</source>
        <translation>Frame&amp;work:</translation>
    </message>
    <message>
        <source>Kader (themaset)</source>
        <translation>Framework (theme set)</translation>
    </message>
    <message>
        <source>Optionele thema&apos;s &amp;meenemen</source>
        <translation>&amp;Include optional themes</translation>
    </message>
    <message>
        <source>Optionele thema&apos;s meenemen</source>
        <translation>Include optional themes</translation>
    </message>
    <message>
        <source>&amp;Generiek ambitieweb:</source>
        <translation>&amp;Generic web:</translation>
    </message>
    <message>
        <source>Generiek ambitieweb om naar te verwijzen</source>
        <translation>Generic web to refer to</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>SessionFiles</name>
    <message>
        <source>Sessie importeren</source>
        <translation>Import session</translation>
    </message>
    <message>
        <source>Ambitieweb-sessies (*.ambitieweb.json *.json)</source>
        <translation>Ambition web sessions (*.ambitieweb.json *.json)</translation>
    </message>
    <message>
        <source>Deze sessie staat al in de database. Als kopie importeren?</source>
        <translation>This session is already in the database. Import it as a copy?</translation>
    </message>
    <message>
        <source>Importeren mislukt: %1</source>
        <translation>Import failed: %1</translation>
    </message>
    <message>
        <source>Importeren…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Sessie exporteren</source>
        <translation>Export session</translation>
    </message>
    <message>
        <source>Ambitieweb-sessies (*.ambitieweb.json)</source>
        <translation>Ambition web sessions (*.ambitieweb.json)</translation>
    </message>
    <message>
        <source>Exporteren…</source>
        <translation>Exporting…</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>SessionListPage</name>
    <message>
        <source>Nieuwe sessie</source>
        <translation>New session</translation>
    </message>
    <message>
        <source> (kopie)</source>
        <translation> (copy)</translation>
    </message>
    <message>
        <source>Dupliceren</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>&apos;%1&apos; wordt gebruikt door:</source>
        <translation>&apos;%1&apos; is used by:</translation>
    </message>
    <message>
        <source>Toch verwijderen? Het plan houdt de verwijzing; Ctrl+Z zet het web terug.</source>
        <translation>Delete anyway? The plan keeps the reference; Ctrl+Z brings the web back.</translation>
    </message>
    <message>
        <source>Sessie verwijderen</source>
        <translation>Delete session</translation>
    </message>
    <message>
        <source>&apos;%1&apos; verwijderen? Dit kan ongedaan worden gemaakt met Ctrl+Z.</source>
        <translation>Delete &apos;%1&apos;? You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Verwijderen &apos;%1&apos;</source>
        <translation>Delete &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>SessionMenu</name>
    <message>
        <source>Vaststellen</source>
        <translation>Agree version</translation>
    </message>
    <message>
        <source>Deze versie vaststellen met de deelnemers: %1?</source>
        <translation>Agree this version with the participants: %1?</translation>
    </message>
    <message>
        <source>(geen deelnemers)</source>
        <translation>(no participants)</translation>
    </message>
    <message>
        <source>Latere wijzigingen worden een nieuw concept.</source>
        <translation>Later changes will become a new draft.</translation>
    </message>
    <message>
        <source>Versie %1 vastgesteld op %2</source>
        <translation>Version %1 agreed on %2</translation>
    </message>
</context>
<context>
    <name>SessionThemesDialog</name>
    <message>
        <source>Thema&apos;s van de sessie</source>
        <translation>Themes of the session</translation>
    </message>
    <message>
        <source>Vink de thema&apos;s aan die deze sessie bespreekt. Wat een thema al heeft (niveaus, onderbouwing, doelen, maatregelen, stemmen, criteria) blijft bewaard zolang het thema aangevinkt blijft.</source>
        <translation>Tick the themes this session discusses. What a theme already holds (levels, rationale, goals, measures, votes, criteria) is kept as long as the theme stays ticked.</translation>
    </message>
    <message>
        <source>&amp;Thema&apos;s van het kader:</source>
        <translation>&amp;Themes of the framework:</translation>
    </message>
    <message>
        <source>Thema&apos;s van het kader</source>
        <translation>Themes of the framework</translation>
    </message>
    <message>
        <source> (optioneel)</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <source>&amp;Eigen thema:</source>
        <translation>O&amp;wn theme:</translation>
    </message>
    <message>
        <source>Naam van een eigen thema</source>
        <translation>Name of an own theme</translation>
    </message>
    <message>
        <source>bijvoorbeeld Welzijn</source>
        <translation>for example Wellbeing</translation>
    </message>
    <message>
        <source>Een eigen thema komt in een eigen kader (een kopie van dit kader met het thema erbij).</source>
        <translation>An own theme goes into an own framework (a copy of this framework with the theme added).</translation>
    </message>
    <message>
        <source>Thema&apos;s &amp;wijzigen</source>
        <translation>&amp;Change themes</translation>
    </message>
    <message>
        <source>Thema&apos;s wijzigen</source>
        <translation>Change themes</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>Ca&amp;ncel</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Wordt weggehaald (terug te halen met Ongedaan maken):</source>
        <translation>Will be removed (Undo brings it back):</translation>
    </message>
    <message>
        <source>Er wordt niets weggehaald.</source>
        <translation>Nothing will be removed.</translation>
    </message>
</context>
<context>
    <name>SnapshotDialog</name>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Huidig</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>Ambitie</source>
        <translation>Ambition</translation>
    </message>
    <message>
        <source>Onderbouwing</source>
        <translation>Rationale</translation>
    </message>
    <message>
        <source>Versie %1 — %2</source>
        <translation>Version %1 — %2</translation>
    </message>
    <message>
        <source>Deze sessie heeft nog geen vastgestelde versie.</source>
        <translation>This session has no agreed version yet.</translation>
    </message>
    <message>
        <source>Versie %1, vastgesteld op %2. Deelnemers: %3</source>
        <translation>Version %1, agreed on %2. Participants: %3</translation>
    </message>
    <message>
        <source>Vastgestelde versies</source>
        <translation>Agreed versions</translation>
    </message>
    <message>
        <source>Over deze versie</source>
        <translation>About this version</translation>
    </message>
    <message>
        <source>Vastgestelde niveaus</source>
        <translation>Agreed levels</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Kopie %1 teruggezet; het onbruikbare bestand is bewaard als %2</source>
        <translation>Copy %1 restored; the file that could not be used is kept as %2</translation>
    </message>
    <message>
        <source>Nieuwe database gestart; het onbruikbare bestand is bewaard als %2</source>
        <translation>New database started; the file that could not be used is kept as %2</translation>
    </message>
    <message>
        <source>Kopie terugzetten</source>
        <translation>Restore the copy</translation>
    </message>
    <message>
        <source>Kopie terugzetten: %1 komt in de plaats van het bestand. Nieuwe database: begin leeg. Het onbruikbare bestand wordt in beide gevallen bewaard onder een nieuwe naam.</source>
        <translation>Restore the copy: %1 takes the file&apos;s place. New database: start empty. Either way the file that cannot be used is kept under a new name.</translation>
    </message>
    <message>
        <source>Het onbruikbare bestand wordt bewaard onder een nieuwe naam. Nieuwe database starten?</source>
        <translation>The file that cannot be used will be kept under a new name. Start a new database?</translation>
    </message>
    <message>
        <source>Nieuwe database</source>
        <translation>New database</translation>
    </message>
</context>
<context>
    <name>TakeOver</name>
    <message>
        <source>Waarden uit contracten overnemen</source>
        <translation>Take values over from contracts</translation>
    </message>
    <message>
        <source>De gerealiseerde waarden staan al zoals de contracten ze geven.</source>
        <translation>The realised values already are what the contracts give.</translation>
    </message>
    <message>
        <source>Waarden uit de contracten overgenomen: %1</source>
        <translation>Values taken over from the contracts: %1</translation>
    </message>
    <message>
        <source>%1, %2: %3 wordt %4</source>
        <translation>%1, %2: %3 becomes %4</translation>
    </message>
    <message>
        <source>en nog %1 andere</source>
        <translation>and %1 more</translation>
    </message>
    <message>
        <source>Deze ingevulde waarden verschillen van wat de contracten zeggen en worden overschreven:</source>
        <translation>These values filled in differ from what the contracts say and will be overwritten:</translation>
    </message>
    <message>
        <source>&amp;Overschrijven</source>
        <translation>&amp;Overwrite</translation>
    </message>
</context>
<context>
    <name>TenderRealisedModel</name>
    <message>
        <source>Aanbesteding</source>
        <translation>Tender</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Gepland</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Toegepast</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Gerealiseerd</source>
        <translation>Realised</translation>
    </message>
    <message>
        <source>Voortgangsgesprek</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>▼ Lager gerealiseerd dan gepland: %1.</source>
        <translation>▼ Realised below plan: %1.</translation>
    </message>
    <message>
        <source>nog niet beoordeeld</source>
        <translation>not judged yet</translation>
    </message>
    <message>
        <source>lager dan gepland</source>
        <translation>below plan</translation>
    </message>
</context>
<context>
    <name>TendersStep</name>
    <message>
        <source>De aanbestedingen van de komende jaren waar de ambities het verschil maken. Per aanbesteding de thema&apos;s en niveaus, welke beleidsregels gelden, en het projectweb.</source>
        <translation>The tenders of the coming years where the ambitions make the difference. Per tender the themes and levels, which policy rules apply, and the project web.</translation>
    </message>
    <message>
        <source>Aanbestedingen en beleidsregels</source>
        <translation>Tenders and policy rules</translation>
    </message>
    <message>
        <source>Aanbestedingen</source>
        <translation>Tenders</translation>
    </message>
    <message>
        <source>Aanbesteding</source>
        <translation>Tender</translation>
    </message>
    <message>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Waarde (€)</source>
        <translation>Value (€)</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Kwartaal</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Looptijd (mnd)</source>
        <translation>Duration (mo)</translation>
    </message>
    <message>
        <source>Afdeling</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Opdrachtgever</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>MVI in gunning (%)</source>
        <translation>MVI in award (%)</translation>
    </message>
    <message>
        <source>Thema&apos;s (niveau)</source>
        <translation>Themes (level)</translation>
    </message>
    <message>
        <source>Kansrijke aanbestedingen</source>
        <translation>Promising tenders</translation>
    </message>
    <message>
        <source>Aanbesteding &amp;verwijderen</source>
        <translation>&amp;Remove tender</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Thema&apos;s en niveaus van de aanbesteding</source>
        <translation>The tender&apos;s themes and levels</translation>
    </message>
    <message>
        <source>Beleidsregel</source>
        <translation>Policy rule</translation>
    </message>
    <message>
        <source>Geldt?</source>
        <translation>Applies?</translation>
    </message>
    <message>
        <source>Waarom</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Beleidsregels voor deze aanbesteding</source>
        <translation>Policy rules for this tender</translation>
    </message>
    <message>
        <source>Projectweb van de aanbesteding</source>
        <translation>The tender&apos;s project web</translation>
    </message>
    <message>
        <source>&amp;Aanbesteding toevoegen</source>
        <translation>&amp;Add tender</translation>
    </message>
    <message>
        <source>Projectweb &amp;openen</source>
        <translation>&amp;Open project web</translation>
    </message>
    <message>
        <source>Projectweb sta&amp;rten</source>
        <translation>Start pro&amp;ject web</translation>
    </message>
    <message>
        <source>Thema&apos;s en niveaus (0 = niet toepassen)</source>
        <translation>Themes and levels (0 = do not apply)</translation>
    </message>
    <message>
        <source>Welke beleidsregels gelden</source>
        <translation>Which policy rules apply</translation>
    </message>
    <message>
        <source>Projectweb</source>
        <translation>Project web</translation>
    </message>
    <message>
        <source>De regels van het Rijk als startpunt; elke drempel is aan te passen. Een drempel geldt vanaf de waarde zelf. Leeg = geen voorwaarde.</source>
        <translation>The central government&apos;s rules as a starting point; every threshold can be changed. A threshold applies from the value itself on. Empty = no condition.</translation>
    </message>
    <message>
        <source>Aan</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Soorten opdracht</source>
        <translation>Kinds of contract</translation>
    </message>
    <message>
        <source>Categorieën</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Vanaf waarde (€)</source>
        <translation>From value (€)</translation>
    </message>
    <message>
        <source>Vanaf looptijd (mnd)</source>
        <translation>From duration (mo)</translation>
    </message>
    <message>
        <source>Doel (%)</source>
        <translation>Target (%)</translation>
    </message>
    <message>
        <source>Beleidsregels</source>
        <translation>Policy rules</translation>
    </message>
    <message>
        <source>voldoet aan alle voorwaarden</source>
        <translation>meets every condition</translation>
    </message>
    <message>
        <source>niet: %1</source>
        <translation>not: %1</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Kies een aanbesteding.</source>
        <translation>Choose a tender.</translation>
    </message>
    <message>
        <source>Het projectweb van deze aanbesteding is verwijderd. Start een nieuw projectweb of maak het verwijderen ongedaan.</source>
        <translation>This tender&apos;s project web was deleted. Start a new project web or undo the deletion.</translation>
    </message>
    <message>
        <source>Nog geen projectweb. Start er een: de thema&apos;s en niveaus hiernaast worden de eerste ambities.</source>
        <translation>No project web yet. Start one: the themes and levels beside it become its first ambitions.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; — %2.
Afgesproken niveaus: %3.
Criteria gekozen: %4.</source>
        <translation>&apos;%1&apos; — %2.
Agreed levels: %3.
Criteria chosen: %4.</translation>
    </message>
    <message>
        <source>Nieuwe aanbesteding</source>
        <translation>New tender</translation>
    </message>
    <message>
        <source>Aanbesteding toevoegen</source>
        <translation>Add tender</translation>
    </message>
    <message>
        <source>Aanbesteding &apos;%1&apos; verwijderen</source>
        <translation>Remove tender &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>ThemeTableModel</name>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Huidig</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>Ambitie</source>
        <translation>Ambition</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Focus</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 is te lang: hoogstens %2 tekens.</source>
        <translation>%1 is too long: at most %2 characters.</translation>
    </message>
    <message>
        <source>%1 mag niet leeg zijn.</source>
        <translation>%1 must not be empty.</translation>
    </message>
    <message>
        <source>%1 bevat een onzichtbaar stuurteken (bijvoorbeeld uit geplakte tekst); haal het weg.</source>
        <translation>%1 contains an invisible control character (for example from pasted text); please remove it.</translation>
    </message>
    <message>
        <source>%1 is ongeldig: %2</source>
        <translation>%1 is invalid: %2</translation>
    </message>
</context>
<context>
    <name>VoteTableModel</name>
    <message>
        <source>Deelnemer</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Stem</source>
        <translation>Vote</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Details van het thema</source>
        <translation>Theme details</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Nulmeting</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Streefwaarde</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Eenheid</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Maatregel</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Eigenaar</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Onderbouwing bewerken</source>
        <translation>Edit rationale</translation>
    </message>
    <message>
        <source>Nieuw doel</source>
        <translation>New goal</translation>
    </message>
    <message>
        <source>Nieuwe maatregel</source>
        <translation>New measure</translation>
    </message>
    <message>
        <source>⚠ %1 focusthema&apos;s: te veel</source>
        <translation>⚠ %1 focus themes: too many</translation>
    </message>
    <message>
        <source>%1 focusthema&apos;s</source>
        <translation>%1 focus themes</translation>
    </message>
    <message>
        <source>Bewaard</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Uw versie is bewaard als &apos;%1&apos;.</source>
        <translation>Your version has been saved as &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Als kopie bewaren in een bestand</source>
        <translation>Keep as a copy in a file</translation>
    </message>
    <message>
        <source>Ambitieweb-sessies (*.ambitieweb.json)</source>
        <translation>Ambition web sessions (*.ambitieweb.json)</translation>
    </message>
    <message>
        <source>De database kon uw versie niet opnemen; ze is bewaard in %1. Importeer dat bestand later met Bestand › Importeren.</source>
        <translation>The database could not take your version; it has been saved in %1. Import that file later with File › Import.</translation>
    </message>
    <message>
        <source>Sessie</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Opnieuw opslaan</source>
        <translation>Save again</translation>
    </message>
    <message>
        <source>Als kopie bewaren</source>
        <translation>Save as copy</translation>
    </message>
    <message>
        <source>Sessietitel</source>
        <translation>Session title</translation>
    </message>
    <message>
        <source>Ambitieweb</source>
        <translation>Ambition web</translation>
    </message>
    <message>
        <source>Thema&apos;s en niveaus</source>
        <translation>Themes and levels</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Omschrijving van het thema</source>
        <translation>Theme description</translation>
    </message>
    <message>
        <source>&amp;Niveaus</source>
        <translation>Le&amp;vels</translation>
    </message>
    <message>
        <source>1 basis</source>
        <translation>1 basic</translation>
    </message>
    <message>
        <source>2 significant</source>
        <translation>2 significant</translation>
    </message>
    <message>
        <source>3 ambitieus</source>
        <translation>3 ambitious</translation>
    </message>
    <message>
        <source>&amp;Onderbouwing</source>
        <translation>&amp;Rationale</translation>
    </message>
    <message>
        <source>Onderbouwing</source>
        <translation>Rationale</translation>
    </message>
    <message>
        <source>Waarom dit niveau? (N)</source>
        <translation>Why this level? (N)</translation>
    </message>
    <message>
        <source>&amp;Focusthema</source>
        <translation>F&amp;ocus theme</translation>
    </message>
    <message>
        <source>Focusthema</source>
        <translation>Focus theme</translation>
    </message>
    <message>
        <source>Aantal focusthema&apos;s</source>
        <translation>Number of focus themes</translation>
    </message>
    <message>
        <source>Hoogstens zoveel focusthema&apos;s</source>
        <translation>At most this many focus themes</translation>
    </message>
    <message>
        <source>max. </source>
        <translation>max. </translation>
    </message>
    <message>
        <source>&amp;Doelen</source>
        <translation>&amp;Goals</translation>
    </message>
    <message>
        <source>Doelen</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Doel toe&amp;voegen</source>
        <translation>&amp;Add goal</translation>
    </message>
    <message>
        <source>Doel ve&amp;rwijderen</source>
        <translation>Rem&amp;ove goal</translation>
    </message>
    <message>
        <source>Maatregel toe&amp;voegen</source>
        <translation>&amp;Add measure</translation>
    </message>
    <message>
        <source>&amp;Maatregelen</source>
        <translation>&amp;Measures</translation>
    </message>
    <message>
        <source>Maatregelen</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Maatregel ve&amp;rwijderen</source>
        <translation>Rem&amp;ove measure</translation>
    </message>
    <message>
        <source>&amp;Criteria</source>
        <translation>Cri&amp;teria</translation>
    </message>
</context>
<context>
    <name>WorkspaceRoom</name>
    <message>
        <source>Sessie wordt geopend…</source>
        <translation>Opening the session…</translation>
    </message>
    <message>
        <source>Het generieke ambitieweb is niet in deze database.</source>
        <translation>The generic web is not in this database.</translation>
    </message>
</context>
<context>
    <name>YearStep</name>
    <message>
        <source>Wat doen we wanneer? Acties per kwartaal, met wie ze trekt en voor welk thema of doel.</source>
        <translation>What do we do when? Actions per quarter, who leads them and for which theme or goal.</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Kwartaal</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Jaarplanning</source>
        <translation>Year plan</translation>
    </message>
    <message>
        <source>Actie &amp;verwijderen</source>
        <translation>&amp;Remove action</translation>
    </message>
    <message>
        <source>&amp;Actie toevoegen</source>
        <translation>&amp;Add action</translation>
    </message>
    <message>
        <source>Tijdlijn van de acties per kwartaal</source>
        <translation>Timeline of the actions per quarter</translation>
    </message>
    <message>
        <source>Acties</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Tijdlijn</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>%1 acties over %2 kwartalen</source>
        <translation>%1 actions over %2 quarters</translation>
    </message>
    <message>
        <source>Nieuwe actie</source>
        <translation>New action</translation>
    </message>
    <message>
        <source>Actie toevoegen</source>
        <translation>Add action</translation>
    </message>
    <message>
        <source>Actie &apos;%1&apos; verwijderen</source>
        <translation>Remove action &apos;%1&apos;</translation>
    </message>
</context>
</TS>
