<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>LaunchOptions</name>
    <message>
        <source>Prilavok: the cashier workstation for Shtrih-M fiscal registrars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode: a built-in registrar emulator and a sample catalog, nothing is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the database file PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the main window to FILE and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: ru (default) or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language: %1 (use ru or en)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was created by a newer version of Prilavok (schema %1; this version knows up to %2). Update the program to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be upgraded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category name must be 1 to 128 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category cannot be moved inside itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode %1 already belongs to another product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product name is longer than 128 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product name has unbalanced quotes or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown unit of measure code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown VAT rate code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown payment subject %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A weighted product needs a fractional unit such as kilogram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A marked product needs a marking type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country of origin must be a three-digit OKSM code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article is longer than 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode &quot;%1&quot; has a wrong length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode %1 has a wrong check digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation name must be 1 to 256 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The INN is not valid: 10 or 12 digits with correct check digits are expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown tax system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The point of sale needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address and the place of settlement are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store name on the receipt is limited to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address on the receipt is limited to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone on the receipt is limited to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt footer is limited to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workplace needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workplace number must be between 1 and 99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workplace must belong to a point of sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workplace number %1 is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum discount must be between 0 and 100 percent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void sales and lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sell at a free price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give discounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deposit cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdraw cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open and close shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue correction receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied: %1 is not allowed to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full name must be 1 to 64 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number must look like +7 900 123-45-67.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person&apos;s INN has 12 digits with valid check digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN must be exactly six digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN could not be protected (out of memory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner can change or remove the owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such employee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last owner cannot be removed or demoted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price &quot;%1&quot; is not an amount like 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A numeric column holds text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article %1 appears twice in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header must name at least the columns &quot;name&quot; and &quot;price&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON file must hold an array of products: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shift is longer than 24 hours: sales are stopped. Close it with the Z report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shift from another session is open on the registrar: close it with the Z report before selling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fiscal drive expired on %1: replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shift is not open: open the shift first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fiscal job changed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such fiscal job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a failed fiscal job can be given up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No paper: insert a roll and press “Continue printing”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registrar&apos;s port was not found: check the cable and the port in the device settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No permission to open the registrar&apos;s port: add the user to the “dialout” group and log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registrar&apos;s port is busy: close the other program that uses it (a test utility or a second copy of the till).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No link with the registrar: check its power and cable. The till reconnects by itself; the sale is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fiscal drive refused the operation in its current state (the shift may already be open or closed). The till re-reads the registrar&apos;s state; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fiscal drive has expired: it must be replaced. Call your service engineer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fiscal drive&apos;s archive is full: it must be replaced. Call your service engineer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fiscal drive has no connection to the OFD: check the internet connection of the registrar. Receipts are kept and sent later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fiscal drive&apos;s resource is exhausted: close its fiscal mode and replace it. Call your service engineer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fiscal drive&apos;s storage for unsent documents is full: connect the registrar to the internet so the documents reach the OFD, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shift is longer than 24 hours: close it with the Z report, then open a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registrar did not answer properly: check the cable. The till re-reads the registrar&apos;s state before anything else; the sale is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registrar is still printing: wait a moment, the till tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registrar waits to finish printing: press “Continue printing”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registrar refused the operator password: check the passwords in the device settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registrar is in an unexpected state for this operation. The till re-reads its state; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registrar asks to confirm its date and time: check the clock and confirm it in the service menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shift is open: close it with the Z report first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payments are less than the receipt total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough cash in the registrar&apos;s drawer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registrar refused the marking code. Scan it again; if it repeats, sell the item without it only after checking it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registrar reported error %1h (%2). If it repeats, call your service engineer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registrar cannot print VAT rate code %1 (line “%2”): update its firmware or change the product&apos;s rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line “%1” has no quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has no lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document is open in the registrar, but the fiscal drive already holds document %1 (expected %2). Check the last receipts before continuing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fiscal drive&apos;s last document is %1, but this operation expected %2 or %3. Another program may have used the registrar; compare the receipts with the fiscal drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fiscal drive&apos;s last document changed from %1 to %2 during a cash operation. Check the registrar&apos;s journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registrar&apos;s operation counter could not be read, so it is unknown whether the operation ran. Check the last slip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registrar&apos;s operation counter moved from %1 to %2; expected at most one step. Check the last slips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fiscal drive&apos;s document %1 is of type %2, but this operation makes type %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fiscal drive&apos;s document %1 has calculation sign %2, expected %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fiscal drive&apos;s document %1 has the total %2 kopecks, expected %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale is already completed or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discounts exceed the amount of the sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is sold in whole pieces only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is marked: scan its marking code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VAT rate of %1 is not valid today; update the product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discount exceeds the line amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This marking code is already in the receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A marked item is one piece per marking code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such line in the sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyer contact must be a phone number (+7...) or an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment is limited to 1000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shift is open. Open a shift first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every payment must be a positive amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment method is not enabled for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cash handed over is less than the cash amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card and SBP payments cannot exceed the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payments (%1) do not match the total (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale has no lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one line to return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a completed sale can be returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot return more of %1 than was sold (%2 left to return).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown calculation sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correction type must be self-initiated or by order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correction needs the date of the uncorrected settlement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction by order needs the order number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correction has no lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a completed document gets fiscal attributes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shift is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason (up to 256 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer holds only %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fiscal job cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registrar address “%1” is not valid: use serial:/dev/ttyUSB0 or tcp:HOST:PORT in the device settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document of this fiscal job was not found in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown fiscal job kind “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking code checked: it may be sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking code checked by the fiscal drive only; the marking server did not answer. It may be sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marking server refused this code (sold already, withdrawn or blocked): do not sell this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fiscal drive found the marking code invalid: do not sell this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking code of “%1” was refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fiscal drive&apos;s document %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal row of this operation is incomplete; compare it with the fiscal drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registrar is not ready; the code was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FN %1, last document %2, shift %3, warnings %4h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt discounts are switched off in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item discounts are switched off in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discount is above the allowed %1 percent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo registrar did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo shop: owner PIN %1, cashier PIN %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shift reaches 24 hours in %1 min: close it with the Z report soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fiscal drive expires on %1 (days left: %2): order a replacement.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>devices</name>
    <message>
        <source>The code is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code contains Cyrillic letters: the scanner typed through the Russian keyboard layout. Switch the layout to English or set the scanner up as a COM port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code contains a character that a barcode cannot hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit of the barcode is wrong: scan it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a marking code of any known product group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marking code has no product code (GTIN, identifier 01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product code (GTIN) in the marking code is not 14 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product code (GTIN) in the marking code has a wrong check digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marking code has no serial number (identifier 21).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serial number in the marking code has a length no product group uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marking code has no verification part (91/92 or 93): it was scanned from a document or the scanner cut it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification key (identifier 91) must be 4 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification code (identifier 92) must be 44 or 88 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The crypto tail (identifier 93) must be 4 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field of the marking code (weight, price or date) is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marking code contains an unknown application identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marking code is cut off: scan it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner dropped the group separators (GS) of the marking code. Turn on GS output in the scanner settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code does not match any weighted-barcode template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tobacco pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tobacco block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dairy products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beer or nicotine products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water, juice, dietary supplements and other goods with a short crypto tail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoes, clothes, tyres, perfume and other goods with a full crypto code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template may contain only digits and the letters P, W, M, X, C and #.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template has no product number (P).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template needs either a weight (W) or a price (M), not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit (C) can only be the last character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The divisor must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined by the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal did not answer in time. Check the payment on the terminal before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the terminal was lost. Check the payment on the terminal before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal is busy with another operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 does not exist: check the cable and the port in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is busy or not allowed: close other programs using it or check the access rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device on port %1 was disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device on port %1 does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 failed: communication error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emulated SBP acquirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SBP service does not answer. Try again or take another payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acquirer refused to create the QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acquirer does not know this QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a paid SBP payment can be refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund is larger than what is left of the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded through the Faster Payments System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAYMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFUND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CANCELLATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RECONCILIATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COPY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert, tap or swipe the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emulated card terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original payment was not found on the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a whole payment without refunds can be cancelled; make a refund instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no slip to print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMULATED TERMINAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments: %1, %2 RUB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds: %1, %2 RUB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1 RUB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOTALS MATCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount: %1 RUB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RRN: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorisation code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APPROVED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DECLINED, code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the buyer to pay by QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid through the Faster Payments System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code expired: the buyer did not pay in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyer&apos;s bank rejected the payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay by the QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Run prilavok --help for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No display: Prilavok needs a graphical session. Run it on the desktop, under xvfb-run, or with QT_QPA_PLATFORM=offscreen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prilavok cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prilavok</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::CustomerDisplayWindow</name>
    <message>
        <source>Customer display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the code with your bank&apos;s app to pay through the Faster Payments System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 × %3 = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid %1, change %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::DeviceBadge</name>
    <message>
        <source>Registrar: not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the registrar port in Settings → Fiscal registrar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrar: no link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrar: online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shift %1 of 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shift over 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shift closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FN: %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFD: %1 unsent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A receipt was not printed to the end: press “Continue printing”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 document(s) need attention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::LoginScreen</name>
    <message>
        <source>Enter your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN has %1 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <source>Prilavok — cashier workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode: nothing is fiscal and nothing is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;rvice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z-report (close shift)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal registrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prilavok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier workstation, version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode: a throwaway database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
