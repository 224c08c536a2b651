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
        <source>A discount above %1 % is not allowed for the role «%2».</source>
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
    <message>
        <source>The price of %1 is not a number of roubles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category without a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An employee without a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit without a measure code (tag 2108).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VAT rate without a tag 1199 code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A point of sale without a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price without a product or an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cabinet cannot be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The cabinet asks to slow down; retrying in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The cabinet has a temporary problem (HTTP %1); retrying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cabinet refused access to this data (HTTP 403).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cabinet answered HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activation code is 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cabinet address must start with https:// or http://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activation code is wrong, expired or already used. Ask the cabinet administrator for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cabinet refused: the till this workplace had still reports unsent documents. Send them first, or ask for a code issued with --force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The cabinet sent no device token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cabinet answered a batch of %1 documents with %2 results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cabinet answered for documents it was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cabinet sent catalog changes without a cursor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cabinet has revoked this till&apos;s access. Activate it again with a new workplace code; unsent documents are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cabinet does not recognise this till. Activate it again with a new workplace code; unsent documents are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the device token to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 baud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, serial number %2, FN %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shift open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shift open for over 24 hours: close it with a Z report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shift closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked by a wrong tax inspector password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the date to be confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a document is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>technological reset allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no port %1 on this computer: check that the registrar is plugged in and switched on, press “Refresh” and pick its port from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No permission to open %1: add the user to the “dialout” group and log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is busy: another program holds it (a test utility or a second copy of the till). Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing accepts connections at %1: check the registrar&apos;s IP address and port (7778 by default), that it is switched on and on the same network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 could not be used: check the cable and try another port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registrar does not answer on %1: check that it is switched on and connected, and the baud rate, or press “Find registrar” to try every port and speed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registrar on %1 answers with errors: check the cable and the baud rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registrar refused the password %1: enter the system administrator&apos;s password (30 unless it was changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open for over 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registrar address “%1” is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is skipped: the till is connected to it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test slip was printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper ran out while printing: insert a roll and print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the COM port the registrar is connected to, or press “Find registrar”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port name “%1” is not valid: pick a port from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The baud rate must be one of 2400, 4800, 9600, 19200, 38400, 57600 or 115200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the registrar&apos;s IP address or host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address “%1” must not contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TCP port must be a number from 1 to 65535 (the registrar uses 7778 by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator password is a number from 1 to 99999999 (30 by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection timeout must be from 500 to 60000 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer timeout must be from 100 to 10000 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return of sale No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not fully printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction: income return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction: expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction: expense return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction: income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscalised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the registrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrar error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SBP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the item name (up to 128 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait: the registrar is printing the receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last receipt did not print. Fix the cause and press Retry, or put it aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product with GTIN %1 in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This marking code is being checked already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked goods need the registrar to check the code; set up the registrar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product with the scale code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product with the barcode %1. Search by name (F2) or sell at a free price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is marked: scan the DataMatrix code on the pack, not the barcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is marked: scan the DataMatrix code on the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the free-price item and add it again with the new price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price of a marked item cannot change after its code was checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale put aside. Open it again from &quot;Open sales&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish or put aside the current sale first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the marking code check to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shift is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fiscal registrar is set up: the receipt waits in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt stays in the journal and prints when the registrar is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marking code was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt is fiscal, but the paper ran out: load a roll and choose &quot;Continue printing&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer holds only %1 in cash, the refund needs %2: make a cash-in first or refund to the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quotation mark is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a field is too long; check the quotation marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: too many columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card terminal is set up at this till.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card terminal is busy with another operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card payment must be above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no approved card payment to give the money back to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 ₽ of this card payment can still be given back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This operation does not wait for the cashier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved, as the cashier read it on the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved, as the cashier read it on the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 ₽ started at %3 (operation %4): neither the terminal&apos;s answer nor its report says how it ended. Look at the terminal or its last slip: was it approved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) not sent to the OFD</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, the oldest waits %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shift has been open for %1: close it before 24 hours pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) not yet sent to the cloud cabinet</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) waiting for the registrar</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
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
        <source>X report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross turnover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top 20 products by amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top 20 products by quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By VAT rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cm²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dm²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m³</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gcal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This marking code is already in another open or parked sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: no connection with Chestny Znak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: Chestny Znak emergency mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chestny Znak did not answer, and this product may not be sold without a check. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking checks do not work: the Chestny Znak token is not valid. Tell the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marking code was not found in Chestny Znak. It cannot be sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marking code is damaged or fake. It cannot be sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product is not in circulation. It cannot be sold: tell the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This product is already sold. It cannot be sold again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product is blocked (%1). It cannot be sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by a state body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product expired on %1. It cannot be sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price is below the minimum (%1 ₽). Correct the price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price is above the maximum (%1 ₽). Correct the price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chestny Znak refused the marking code. It cannot be sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chestny Znak refused the marking code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code was already sold in receipt No. %1 of %2. It cannot be sold again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This marking code is already sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card terminal is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The terminal answered: %n operation(s) in the open batch.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The terminal did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card terminal&apos;s program is not chosen in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card terminal&apos;s program %1 is not there or cannot run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card terminal is busy with an operation; change it when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cabinet sent this entry with text that is not UTF-8; the till keeps its previous version until the entry is saved again in the cabinet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cabinet address starts with http://: the till&apos;s token and sales would travel unencrypted. Use the cabinet&apos;s https:// address. Only a technician may allow http:// (Settings → Cloud cabinet, «Allow unencrypted connection»), for a trusted network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not signed by a certificate authority the till trusts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has expired (or the till&apos;s date is wrong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid yet (or the till&apos;s date is wrong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was issued for another address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has been revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read or holds no certificate. Nothing was sent. Choose the cabinet&apos;s CA certificate (PEM) in Settings → Cloud cabinet, or clear the field to use the system&apos;s certificate authorities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secure connection could not be set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The till does not trust the cabinet&apos;s certificate: %1. Nothing was sent; documents wait on the till. Check the cabinet address and the till&apos;s date and time. If the cabinet uses a certificate of its own, choose its CA file in Settings → Cloud cabinet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SBP through Raiffeisenbank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SBP bank does not answer (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SBP bank refused the request (HTTP %1, %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SBP QR code was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return of goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SBP refund is accepted by the bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SBP bank declined the refund.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>EAN-13 product barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EAN-8 product barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPC-A product barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GTIN-14 (case) barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted item barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking code (DataMatrix, Chestny ZNAK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other code (shop&apos;s own, Code 128)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Turnover by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net by hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash in the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnover by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thousand ₽</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsExport</name>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
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
    <message>
        <source>Arcus2 terminal (command-line tool)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved, but the slip carries no RRN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this Arcus2 install has no report operation set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Arcus2 tool left no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To cancel, press the red key on the pinpad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal program did not start (%1). No money was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the terminal has no report of its batch set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation never reached the terminal. No money was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal&apos;s report is not available (%1). Check the payment on the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in the terminal&apos;s report: the operation was approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal&apos;s report has no such operation: no money was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sberbank terminal (UPOS, sb_pilot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sb_pilot left no answer</source>
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
    <name>ui::CashDialog</name>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the drawer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount, ₽</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment to a supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change for the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return from the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter Take out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter Put in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the amount in roubles, for example 100 or 100.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer holds only %1: you cannot take out more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::CloudDialog</name>
    <message>
        <source>Cloud cabinet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cabinet address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 digits from the cabinet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workplace code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect this till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The till is connected to the cabinet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cabinet revoked this till: connect it again with a new code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last success %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting to send: %1, set aside: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the cabinet address starting with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workplace code is 8 digits; the cabinet shows it for the workplace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s certificate authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cabinet&apos;s CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow unencrypted connection (http://) — only on a trusted network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is not encrypted (http://): allowed below, for a trusted network only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cabinet&apos;s CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::CorrectionWizard</name>
    <message>
        <source>Income return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expense return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next (Enter) &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1 of 4: the basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the correction is made and which settlement it corrects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-initiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By order of the tax authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculation sign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the settlement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2 of 4: the items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a line and press Enter to add it; Enter on an empty line goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price, ₽</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 3 of 4: the payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the corrected amount was paid; together they make the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash, ₽:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic (card), ₽:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 4 of 4: check and make the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registrar prints the correction receipt; it goes to the tax office as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name of the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the price in roubles, for example 149.90.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the quantity, for example 1 or 0.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pay: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By order No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-initiated correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculation sign: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the settlement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction by order needs the order number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the amounts in roubles, for example 149.90.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payments make %1, the total is %2.</source>
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
    <name>ui::DetailsDialog</name>
    <message>
        <source>Comment and e-receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+7 900 123-45-67 or name@example.ru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer&apos;s phone or e-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registrar sends the electronic receipt there through the OFD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment:</source>
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
    <name>ui::FiscalProgress</name>
    <message>
        <source>Continue printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to the registrar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registrar is connected. The document is saved in the journal and will be sent once the registrar is set up in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registrar is printing the document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: fiscal document %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: the registrar printed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registrar refused the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document stays in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The X report could not be queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registrar is not ready. Check its power and cable, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is kept in the journal and goes out as soon as the registrar answers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::FnInfoDialog</name>
    <message>
        <source>Registrar and FN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5 Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model / serial No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reported by the registrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FN number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FN valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last FD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent to the OFD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest unsent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open, %1 of 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over 24 hours: close it with the Z report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting %1, need attention %2, failed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FN status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registrar is connected: set it up in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::FreeItemDialog</name>
    <message>
        <source>Item at a free price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is sold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price, ₽:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the price in roubles, e.g. 150 or 150,50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the quantity, e.g. 1 or 0,5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ImportPage</name>
    <message>
        <source>Catalog import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file with a header row: article, name, price, unit, vat, barcodes, category, subject, country, marked, marking_type, weighted, description. Products with a known article are updated, others are added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the good rows only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the row was rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the catalog file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled: the catalog is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 rows: %2 products added, %3 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read: %1, rejected: %2. Nothing was imported: the catalog changes only when every row is good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the rejected rows in the file and import it again, or import the good rows only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::JournalDetailsDialog</name>
    <message>
        <source>%1 No. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 No. %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FD number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal sign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrar shift / receipt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not fiscalised yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by order No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-initiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(handed over %1, change %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5 Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F6 Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::JournalScreen</name>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cashiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from, ₽</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to, ₽</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a document: Enter shows the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount: type roubles, for example 500 or 149.90.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return of sale No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a sale can be returned; choose the sale itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Ask an administrator to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in this sale has already been returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registrar is connected: set it up in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::LoginPage</name>
    <message>
        <source>Who is at the till?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your name on the left first.</source>
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
    <message>
        <source>↑↓ or the first letters of a name choose the person on the left</source>
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
        <source>Receipt journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;rvice</source>
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
    <message>
        <source>Shift over 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the shift with the Z-report (Service menu) before selling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registrar connection changed to %1. Restart Prilavok now to use it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud cabinet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo shop does not sync with a cabinet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud cabinet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::OpenSalesDialog</name>
    <message>
        <source>Open sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sales are put aside.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::OperationDialog</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::PaymentDialog</name>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SBP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount, ₽</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash  F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card  F6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SBP  F7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print again  F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print later, next buyer  Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receipt can be printed until the fiscal drive is replaced: stop selling. This sale's receipt stays in the journal; print it from there after the replacement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sale's receipt stays in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the receipt in the journal  Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing the receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pay: %1 ₽</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left to pay: %1 ₽</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change: %1 ₽</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount. Type it like 1500 or 1500,50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card or SBP payment cannot exceed what is left to pay (%1 ₽).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (received %1, change %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 ₽ on the card terminal. Did the terminal approve the payment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card payment of %1 ₽: follow the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card payment approved (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SBP is not set up at this till. Choose another way to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the SBP QR code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the buyer to scan the QR code with a banking app (%1 ₽).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SBP payment received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale is paid and saved, but the receipt did not print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card payment approved before the restart counts for this sale (%1 ₽).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card payment was cancelled on the terminal. No money was taken. Try again or choose another way to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank declined the card payment (code %1: %2). No money was taken. Ask for another card or choose another way to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card payment did not go through: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal&apos;s answer was lost and its report does not tell either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card payment: answer lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: the terminal&apos;s slip says APPROVED, the payment counts. No: it was not approved, no money was taken.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ProductSearchDialog</name>
    <message>
        <source>Find a product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑↓ choose · Enter add · Esc back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any word of the name, the article or the barcode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ReceiptPage</name>
    <message>
        <source>Receipt texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footer (advertising line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tape width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>57 mm paper holds 32 characters a line, 80 mm paper 42 to 48.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: a buyer who leaves a phone or e-mail gets the receipt there only, nothing is printed. Without one the receipt is printed all the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample receipt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, but the registrar prints %1 header lines and these take %2: shorten the name, address or phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, but the registrar prints %1 footer lines and this one takes %2: shorten the footer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt texts are saved and go to the registrar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::RegistrarPage</name>
    <message>
        <source>Fiscal registrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COM port (USB or RS-232)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network (TCP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COM port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baud rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address or host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find registrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print test slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No COM ports found. Connect the registrar, switch it on and press “Refresh”, or type the port name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports found on this computer: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A port typed by hand: it is not in the list of this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no COM ports to search: connect the registrar and press “Refresh”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registrar is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FN number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read through the till&apos;s own connection: the till is working with this registrar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registrar answered on any port at any speed: check that it is switched on and connected, then search again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found a registrar on %1 at %2 baud. Press “Save” to use it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ReturnDialog</name>
    <message>
        <source>Return of sale No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale No. %1 of %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the quantity to return on each line. Space returns the whole line, F3 the whole sale; Enter confirms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left to return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F3 Return everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter Make the return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: only %2 left to return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one line to return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The money is already back on the card: make the return with Enter so the receipt matches it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 back to the card %2: follow the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card payment is cancelled: %1 is back on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded to the card: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank did not give the money back to the card: %1 Press Enter to try again, or Esc to leave the return for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund to the card: answer lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: the terminal&apos;s slip says APPROVED, the money is back on the card. No: it was not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 back through SBP: waiting for the bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded through SBP: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank did not give the SBP payment back: %1 Press Enter to try again, or Esc to leave the return for now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::SaleScreen</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cart %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a barcode or type a name, article or barcode and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment  F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift %1 · %2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt discount: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-receipt to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the marking code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing the receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt did not print: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a discount: type an amount or a percentage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity of &quot;%1&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity. Use up to three decimals, e.g. 1,25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New price of &quot;%1&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in roubles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount on &quot;%1&quot; in roubles (or 10%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount on the whole receipt in roubles (or 10%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the receipt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the marking code check to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the whole sale?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of &quot;%1&quot;, kg:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a weight. Type kilograms, e.g. 0,450.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the code in Chestny Znak…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ScannerPage</name>
    <message>
        <source>Scanners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB scanner in keyboard mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen to a keyboard-mode scanner everywhere in the till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix the scanner adds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suffix the scanner adds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest pause between keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner sends Enter or Tab after each code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner on a COM port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a COM-port scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baud rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click here and scan any barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the COM port of the scanner, or switch the COM-port scanner off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner settings are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GTIN %1, serial %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ServiceMenu</name>
    <message>
        <source>Open shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z report (close shift)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrar and FN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel stuck receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Ask an administrator or the owner to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registrar is connected: set it up in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shift is open: there is nothing to close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shift is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shift is open. Open the shift first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card terminal reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the shift anyway? The reconciliation can be repeated from the Service menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card terminal is set up at this till: reconcile on the terminal itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card terminal is reconciling with the bank…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reconciliation is done: the terminal&apos;s batch is closed and the bank credits the day&apos;s card payments. Its report is printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reconciliation failed: %1 Repeat it from the Service menu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Ask the owner or an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings are not allowed for %1: only the owner or an administrator may change them. Ask them to log in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::StaffPage</name>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show deactivated employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name (printed on receipts):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set new PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is added. They log in with the PIN you set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an employee in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new PIN is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate %1? They will no longer be able to log in; their sales stay in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The employee is deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::SyncBadge</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents waiting to be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents held back (see Service → Cloud): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The till&apos;s clock differs from the cabinet&apos;s by %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cloud: not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the workplace code from the cabinet in Settings → Cloud to connect this till.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud: activation needed · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud: syncing… · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud: no connection, last sync %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud: synced %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held back %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the cabinet is not encrypted (http://, allowed by a technician): the till&apos;s token and sales can be read on the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::TerminalBox</name>
    <message>
        <source>Card terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (a standalone terminal, the cashier confirms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sberbank UPOS (sb_pilot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arcus2 (command-line tool)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/opt/sberbank/sb_pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal&apos;s program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card terminal is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the terminal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconcile (сверка итогов) before the Z report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::WorkplacePage</name>
    <message>
        <source>Workplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General (OSN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simplified, income (USN 6%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simplified, income minus expense (USN 15%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified agricultural tax (ESHN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patent (PSN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax system:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point of sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of settlement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of settlement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till number (1–99):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stationary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workplace settings are saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ZReportDialog</name>
    <message>
        <source>Z report: close the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close shift No. %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (net):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the drawer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registrar prints the Z report and closes the shift; sales need a new shift after that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter Close the shift (Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::reports::DashboardPage</name>
    <message>
        <source>Gross turnover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SBP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::reports::DocumentsPage</name>
    <message>
        <source>All documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cashiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt or FD number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from, ₽</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to, ₽</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in roubles.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::reports::PeriodPicker</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::reports::ReportsScreen</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By VAT rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, made at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every report could be counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report on the registrar (not a fiscal document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on the registrar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registrar is connected: set it up in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing on the registrar…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
