<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en_US">
<context>
    <name>LaunchOptions</name>
    <message>
        <source>Prilavok: the cashier workstation for Shtrih-M fiscal registrars.</source>
        <translation>Прилавок: рабочее место кассира для фискальных регистраторов Штрих-М.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Показать эту справку и выйти.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Показать версию и выйти.</translation>
    </message>
    <message>
        <source>Demo mode: a built-in registrar emulator and a sample catalog, nothing is kept.</source>
        <translation>Демо-режим: встроенный эмулятор ФР и пример каталога, ничего не сохраняется.</translation>
    </message>
    <message>
        <source>Use the database file PATH.</source>
        <translation>Использовать файл базы данных PATH.</translation>
    </message>
    <message>
        <source>Save a PNG of the main window to FILE and exit.</source>
        <translation>Сохранить снимок главного окна в PNG-файл FILE и выйти.</translation>
    </message>
    <message>
        <source>Interface language: ru (default) or en.</source>
        <translation>Язык интерфейса: ru (по умолчанию) или en.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Лишний аргумент: %1</translation>
    </message>
    <message>
        <source>Unknown language: %1 (use ru or en)</source>
        <translation>Неизвестный язык: %1 (укажите ru или en)</translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <source>The %1 address &quot;%2&quot; is not a web address; enter it as https://host:port.</source>
        <translation>Адрес %1 «%2» — не веб-адрес; введите его в виде https://адрес:порт.</translation>
    </message>
    <message>
        <source>The TS PIoT information port must be from 1 to 65535, or 0 for the check address's port.</source>
        <translation>Порт информации ТС ПИоТ — от 1 до 65535, или 0, чтобы взять порт адреса проверки.</translation>
    </message>
    <message>
        <source>The check time must be from %1 to %2 ms; %3 ms is out of range.</source>
        <translation>Время проверки должно быть от %1 до %2 мс; %3 мс — вне допустимых пределов.</translation>
    </message>
    <message>
        <source>Enter the program's client id and token for ТС ПИоТ.</source>
        <translation>Введите идентификатор клиента и токен программы для ТС ПИоТ.</translation>
    </message>
    <message>
        <source>Product group %1 does not exist.</source>
        <translation>Товарной группы %1 не существует.</translation>
    </message>
    <message>
        <source>Cannot save the marking settings.</source>
        <translation>Не удалось сохранить настройки маркировки.</translation>
    </message>
    <message>
        <source>Cannot save the marking secrets to %1: %2</source>
        <translation>Не удалось сохранить секреты маркировки в %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Не удалось открыть базу данных %1: %2</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Ошибка базы данных: %1</translation>
    </message>
    <message>
        <source>The database was created by a newer version of Prilavok (schema %1; this version knows up to %2). Update the program to open it.</source>
        <translation>База данных создана более новой версией «Прилавка» (схема %1; эта версия знает схемы до %2). Обновите программу, чтобы открыть её.</translation>
    </message>
    <message>
        <source>The database could not be upgraded: %1</source>
        <translation>Не удалось обновить базу данных: %1</translation>
    </message>
    <message>
        <source>The category name must be 1 to 128 characters long.</source>
        <translation>Название категории должно содержать от 1 до 128 символов.</translation>
    </message>
    <message>
        <source>A category cannot be moved inside itself.</source>
        <translation>Категорию нельзя переместить внутрь неё самой.</translation>
    </message>
    <message>
        <source>Barcode %1 already belongs to another product.</source>
        <translation>Штрихкод %1 уже принадлежит другому товару.</translation>
    </message>
    <message>
        <source>No such product.</source>
        <translation>Товар не найден.</translation>
    </message>
    <message>
        <source>The product name is empty.</source>
        <translation>Не указано наименование товара.</translation>
    </message>
    <message>
        <source>The product name is longer than 128 characters.</source>
        <translation>Наименование товара длиннее 128 символов.</translation>
    </message>
    <message>
        <source>The product name has unbalanced quotes or control characters.</source>
        <translation>В наименовании товара непарные кавычки или управляющие символы.</translation>
    </message>
    <message>
        <source>The price is out of range.</source>
        <translation>Цена вне допустимого диапазона.</translation>
    </message>
    <message>
        <source>Unknown unit of measure code %1.</source>
        <translation>Неизвестный код единицы измерения %1.</translation>
    </message>
    <message>
        <source>Unknown VAT rate code %1.</source>
        <translation>Неизвестный код ставки НДС %1.</translation>
    </message>
    <message>
        <source>Unknown payment subject %1.</source>
        <translation>Неизвестный признак предмета расчёта %1.</translation>
    </message>
    <message>
        <source>A weighted product needs a fractional unit such as kilogram.</source>
        <translation>Для весового товара нужна дробная единица измерения, например килограмм.</translation>
    </message>
    <message>
        <source>A marked product needs a marking type.</source>
        <translation>Для маркированного товара укажите вид маркировки.</translation>
    </message>
    <message>
        <source>The country of origin must be a three-digit OKSM code.</source>
        <translation>Страна происхождения указывается трёхзначным кодом ОКСМ.</translation>
    </message>
    <message>
        <source>The article is longer than 64 characters.</source>
        <translation>Артикул длиннее 64 символов.</translation>
    </message>
    <message>
        <source>Barcode "%1" has a wrong length.</source>
        <translation>Штрихкод «%1» имеет неверную длину.</translation>
    </message>
    <message>
        <source>Barcode %1 has a wrong check digit.</source>
        <translation>У штрихкода %1 неверная контрольная цифра.</translation>
    </message>
    <message>
        <source>The organisation name must be 1 to 256 characters long.</source>
        <translation>Название организации должно содержать от 1 до 256 символов.</translation>
    </message>
    <message>
        <source>The INN is not valid: 10 or 12 digits with correct check digits are expected.</source>
        <translation>Неверный ИНН: нужно 10 или 12 цифр с правильными контрольными цифрами.</translation>
    </message>
    <message>
        <source>Unknown tax system.</source>
        <translation>Неизвестная система налогообложения.</translation>
    </message>
    <message>
        <source>The point of sale needs a name.</source>
        <translation>Укажите название торговой точки.</translation>
    </message>
    <message>
        <source>The address and the place of settlement are required.</source>
        <translation>Адрес и место расчётов обязательны.</translation>
    </message>
    <message>
        <source>The store name on the receipt is limited to %1 characters.</source>
        <translation>Название магазина на чеке — не более %1 символов.</translation>
    </message>
    <message>
        <source>The address on the receipt is limited to %1 characters.</source>
        <translation>Адрес на чеке — не более %1 символов.</translation>
    </message>
    <message>
        <source>The phone on the receipt is limited to %1 characters.</source>
        <translation>Телефон на чеке — не более %1 символов.</translation>
    </message>
    <message>
        <source>The receipt footer is limited to %1 characters.</source>
        <translation>Текст в конце чека — не более %1 символов.</translation>
    </message>
    <message>
        <source>The workplace needs a name.</source>
        <translation>Укажите название рабочего места.</translation>
    </message>
    <message>
        <source>The workplace number must be between 1 and 99.</source>
        <translation>Номер рабочего места должен быть от 1 до 99.</translation>
    </message>
    <message>
        <source>The workplace must belong to a point of sale.</source>
        <translation>Рабочее место должно относиться к торговой точке.</translation>
    </message>
    <message>
        <source>Workplace number %1 is already taken.</source>
        <translation>Номер рабочего места %1 уже занят.</translation>
    </message>
    <message>
        <source>The maximum discount must be between 0 and 100 percent.</source>
        <translation>Максимальная скидка должна быть от 0 до 100 процентов.</translation>
    </message>
    <message>
        <source>The cabinet sent an unknown marking check mode &quot;%1&quot;.</source>
        <translation>Кабинет прислал неизвестный режим проверки маркировки «%1».</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Кассир</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Гость</translation>
    </message>
    <message>
        <source>sell</source>
        <translation>продавать</translation>
    </message>
    <message>
        <source>view the catalog</source>
        <translation>просматривать каталог</translation>
    </message>
    <message>
        <source>edit the catalog</source>
        <translation>изменять каталог</translation>
    </message>
    <message>
        <source>import the catalog</source>
        <translation>загружать каталог</translation>
    </message>
    <message>
        <source>accept returns</source>
        <translation>оформлять возвраты</translation>
    </message>
    <message>
        <source>void sales and lines</source>
        <translation>сторнировать чеки и позиции</translation>
    </message>
    <message>
        <source>sell at a free price</source>
        <translation>продавать по свободной цене</translation>
    </message>
    <message>
        <source>give discounts</source>
        <translation>давать скидки</translation>
    </message>
    <message>
        <source>deposit cash</source>
        <translation>вносить наличные</translation>
    </message>
    <message>
        <source>withdraw cash</source>
        <translation>изымать наличные</translation>
    </message>
    <message>
        <source>open and close shifts</source>
        <translation>открывать и закрывать смены</translation>
    </message>
    <message>
        <source>view reports</source>
        <translation>смотреть отчёты</translation>
    </message>
    <message>
        <source>issue correction receipts</source>
        <translation>оформлять чеки коррекции</translation>
    </message>
    <message>
        <source>manage staff</source>
        <translation>управлять сотрудниками</translation>
    </message>
    <message>
        <source>manage devices</source>
        <translation>настраивать оборудование</translation>
    </message>
    <message>
        <source>change the settings</source>
        <translation>изменять настройки</translation>
    </message>
    <message>
        <source>Permission denied: %1 is not allowed to %2.</source>
        <translation>Нет прав: роль «%1» не может %2.</translation>
    </message>
    <message>
        <source>The full name must be 1 to 64 characters long.</source>
        <translation>ФИО должно содержать от 1 до 64 символов.</translation>
    </message>
    <message>
        <source>The phone number must look like +7 900 123-45-67.</source>
        <translation>Телефон указывается в виде +7 900 123-45-67.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>Неверный адрес электронной почты.</translation>
    </message>
    <message>
        <source>A person's INN has 12 digits with valid check digits.</source>
        <translation>ИНН физического лица — 12 цифр с правильными контрольными цифрами.</translation>
    </message>
    <message>
        <source>The PIN must be exactly six digits.</source>
        <translation>PIN-код должен состоять ровно из шести цифр.</translation>
    </message>
    <message>
        <source>The PIN could not be protected (out of memory).</source>
        <translation>Не удалось защитить PIN-код (недостаточно памяти).</translation>
    </message>
    <message>
        <source>The owner already exists.</source>
        <translation>Владелец уже создан.</translation>
    </message>
    <message>
        <source>Only the owner can change or remove the owner.</source>
        <translation>Изменить или удалить владельца может только владелец.</translation>
    </message>
    <message>
        <source>No such employee.</source>
        <translation>Сотрудник не найден.</translation>
    </message>
    <message>
        <source>The last owner cannot be removed or demoted.</source>
        <translation>Последнего владельца нельзя удалить или понизить в роли.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Неверный PIN-код.</translation>
    </message>
    <message>
        <source>The price "%1" is not an amount like 12.50.</source>
        <translation>Цена «%1» не похожа на сумму вида 12.50.</translation>
    </message>
    <message>
        <source>A numeric column holds text.</source>
        <translation>В числовой колонке текст.</translation>
    </message>
    <message>
        <source>The article %1 appears twice in the file.</source>
        <translation>Артикул %1 встречается в файле дважды.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <source>The header must name at least the columns "name" and "price".</source>
        <translation>В заголовке должны быть как минимум колонки «name» и «price».</translation>
    </message>
    <message>
        <source>The JSON file must hold an array of products: %1</source>
        <translation>JSON-файл должен содержать массив товаров: %1</translation>
    </message>
    <message>
        <source>The shift is longer than 24 hours: sales are stopped. Close it with the Z report.</source>
        <translation>Смена длится больше 24 часов: продажи остановлены. Закройте её Z-отчётом.</translation>
    </message>
    <message>
        <source>A shift from another session is open on the registrar: close it with the Z report before selling.</source>
        <translation>На регистраторе открыта смена другого сеанса: закройте её Z-отчётом, прежде чем продавать.</translation>
    </message>
    <message>
        <source>The fiscal drive expired on %1: replace it.</source>
        <translation>Срок действия ФН истёк %1: замените его.</translation>
    </message>
    <message>
        <source>The shift is not open: open the shift first.</source>
        <translation>Смена не открыта: сначала откройте смену.</translation>
    </message>
    <message>
        <source>The fiscal job changed meanwhile.</source>
        <translation>Фискальное задание тем временем изменилось.</translation>
    </message>
    <message>
        <source>No such fiscal job.</source>
        <translation>Нет такого фискального задания.</translation>
    </message>
    <message>
        <source>Only a failed fiscal job can be given up.</source>
        <translation>Отказаться можно только от неудавшегося фискального задания.</translation>
    </message>
    <message>
        <source>No paper: insert a roll and press “Continue printing”</source>
        <translation>Нет бумаги: вставьте рулон и нажмите «Продолжить печать»</translation>
    </message>
    <message>
        <source>The registrar's port was not found: check the cable and the port in the device settings.</source>
        <translation>Порт регистратора не найден: проверьте кабель и порт в настройках оборудования.</translation>
    </message>
    <message>
        <source>No permission to open the registrar's port: add the user to the “dialout” group and log in again.</source>
        <translation>Нет прав на порт регистратора: добавьте пользователя в группу «dialout» и войдите в систему заново.</translation>
    </message>
    <message>
        <source>The registrar's port is busy: close the other program that uses it (a test utility or a second copy of the till).</source>
        <translation>Порт регистратора занят: закройте другую программу, которая его использует (тест драйвера или вторую копию кассы).</translation>
    </message>
    <message>
        <source>No link with the registrar: check its power and cable. The till reconnects by itself; the sale is kept.</source>
        <translation>Нет связи с регистратором: проверьте питание и кабель. Касса подключится сама; продажа сохранена.</translation>
    </message>
    <message>
        <source>The fiscal drive refused the operation in its current state (the shift may already be open or closed). The till re-reads the registrar's state; try again.</source>
        <translation>ФН отклонил операцию в текущем состоянии (смена может быть уже открыта или закрыта). Касса перечитает состояние регистратора; повторите попытку.</translation>
    </message>
    <message>
        <source>The fiscal drive has expired: it must be replaced. Call your service engineer.</source>
        <translation>Срок действия ФН истёк: его нужно заменить. Вызовите сервисного инженера.</translation>
    </message>
    <message>
        <source>The fiscal drive's archive is full: it must be replaced. Call your service engineer.</source>
        <translation>Архив ФН заполнен: его нужно заменить. Вызовите сервисного инженера.</translation>
    </message>
    <message>
        <source>The fiscal drive has no connection to the OFD: check the internet connection of the registrar. Receipts are kept and sent later.</source>
        <translation>У ФН нет связи с ОФД: проверьте подключение регистратора к интернету. Чеки сохранены и будут отправлены позже.</translation>
    </message>
    <message>
        <source>The fiscal drive's resource is exhausted: close its fiscal mode and replace it. Call your service engineer.</source>
        <translation>Ресурс ФН исчерпан: закройте фискальный режим и замените ФН. Вызовите сервисного инженера.</translation>
    </message>
    <message>
        <source>The fiscal drive's storage for unsent documents is full: connect the registrar to the internet so the documents reach the OFD, then try again.</source>
        <translation>Память ФН для неотправленных документов заполнена: подключите регистратор к интернету, чтобы документы ушли в ОФД, и повторите попытку.</translation>
    </message>
    <message>
        <source>The shift is longer than 24 hours: close it with the Z report, then open a new one.</source>
        <translation>Смена длится больше 24 часов: закройте её Z-отчётом и откройте новую.</translation>
    </message>
    <message>
        <source>The registrar did not answer properly: check the cable. The till re-reads the registrar's state before anything else; the sale is kept.</source>
        <translation>Регистратор ответил с ошибкой: проверьте кабель. Касса сначала перечитает состояние регистратора; продажа сохранена.</translation>
    </message>
    <message>
        <source>The registrar is still printing: wait a moment, the till tries again.</source>
        <translation>Регистратор ещё печатает: подождите, касса повторит попытку сама.</translation>
    </message>
    <message>
        <source>The registrar waits to finish printing: press “Continue printing”.</source>
        <translation>Регистратор ждёт продолжения печати: нажмите «Продолжить печать».</translation>
    </message>
    <message>
        <source>The registrar refused the operator password: check the passwords in the device settings.</source>
        <translation>Регистратор не принял пароль оператора: проверьте пароли в настройках оборудования.</translation>
    </message>
    <message>
        <source>The registrar is in an unexpected state for this operation. The till re-reads its state; try again.</source>
        <translation>Регистратор в неподходящем для этой операции состоянии. Касса перечитает его состояние; повторите попытку.</translation>
    </message>
    <message>
        <source>The registrar asks to confirm its date and time: check the clock and confirm it in the service menu.</source>
        <translation>Регистратор просит подтвердить дату и время: проверьте часы и подтвердите их в сервисном меню.</translation>
    </message>
    <message>
        <source>The shift is open: close it with the Z report first.</source>
        <translation>Смена открыта: сначала закройте её Z-отчётом.</translation>
    </message>
    <message>
        <source>The payments are less than the receipt total.</source>
        <translation>Сумма оплат меньше итога чека.</translation>
    </message>
    <message>
        <source>There is not enough cash in the registrar's drawer.</source>
        <translation>В денежном ящике регистратора недостаточно наличных.</translation>
    </message>
    <message>
        <source>The registrar refused the marking code. Scan it again; if it repeats, sell the item without it only after checking it.</source>
        <translation>Регистратор отклонил код маркировки. Отсканируйте его ещё раз; если ошибка повторится, продавайте товар только после проверки кода.</translation>
    </message>
    <message>
        <source>The registrar cannot print VAT rate code %1 (line “%2”): update its firmware or change the product's rate.</source>
        <translation>Регистратор не поддерживает ставку НДС с кодом %1 (позиция «%2»): обновите его прошивку или измените ставку товара.</translation>
    </message>
    <message>
        <source>Line “%1” has no quantity.</source>
        <translation>У позиции «%1» не указано количество.</translation>
    </message>
    <message>
        <source>The document has no lines.</source>
        <translation>В документе нет позиций.</translation>
    </message>
    <message>
        <source>A document is open in the registrar, but the fiscal drive already holds document %1 (expected %2). Check the last receipts before continuing.</source>
        <translation>В регистраторе открыт документ, но в ФН уже есть документ № %1 (ожидался № %2). Проверьте последние чеки, прежде чем продолжать.</translation>
    </message>
    <message>
        <source>The fiscal drive's last document is %1, but this operation expected %2 or %3. Another program may have used the registrar; compare the receipts with the fiscal drive.</source>
        <translation>Последний документ ФН — № %1, а эта операция ожидала № %2 или № %3. Возможно, регистратором пользовалась другая программа; сверьте чеки с ФН.</translation>
    </message>
    <message>
        <source>The fiscal drive's last document changed from %1 to %2 during a cash operation. Check the registrar's journal.</source>
        <translation>Во время операции с наличными последний документ ФН сменился с № %1 на № %2. Проверьте журнал регистратора.</translation>
    </message>
    <message>
        <source>The registrar's operation counter could not be read, so it is unknown whether the operation ran. Check the last slip.</source>
        <translation>Не удалось прочитать счётчик операций регистратора, поэтому неизвестно, выполнена ли операция. Проверьте последний слип.</translation>
    </message>
    <message>
        <source>The registrar's operation counter moved from %1 to %2; expected at most one step. Check the last slips.</source>
        <translation>Счётчик операций регистратора изменился с %1 на %2, а ожидалось не больше чем на единицу. Проверьте последние слипы.</translation>
    </message>
    <message>
        <source>The fiscal drive's document %1 is of type %2, but this operation makes type %3.</source>
        <translation>Документ ФН № %1 имеет тип %2, а эта операция создаёт тип %3.</translation>
    </message>
    <message>
        <source>The fiscal drive's document %1 has calculation sign %2, expected %3.</source>
        <translation>У документа ФН № %1 признак расчёта %2, ожидался %3.</translation>
    </message>
    <message>
        <source>The fiscal drive's document %1 has the total %2 kopecks, expected %3.</source>
        <translation>В документе ФН № %1 итог %2 коп., ожидалось %3.</translation>
    </message>
    <message>
        <source>No such sale.</source>
        <translation>Чек не найден.</translation>
    </message>
    <message>
        <source>The sale is already completed or cancelled.</source>
        <translation>Чек уже закрыт или отменён.</translation>
    </message>
    <message>
        <source>The discounts exceed the amount of the sale.</source>
        <translation>Скидки превышают сумму чека.</translation>
    </message>
    <message>
        <source>The quantity must be positive.</source>
        <translation>Количество должно быть больше нуля.</translation>
    </message>
    <message>
        <source>%1 is sold in whole pieces only.</source>
        <translation>%1 продаётся только целыми штуками.</translation>
    </message>
    <message>
        <source>%1 is marked: scan its marking code.</source>
        <translation>%1 — маркированный товар: отсканируйте код маркировки.</translation>
    </message>
    <message>
        <source>The VAT rate of %1 is not valid today; update the product.</source>
        <translation>Ставка НДС товара «%1» сегодня не действует; исправьте карточку товара.</translation>
    </message>
    <message>
        <source>The discount exceeds the line amount.</source>
        <translation>Скидка превышает сумму позиции.</translation>
    </message>
    <message>
        <source>This marking code is already in the receipt.</source>
        <translation>Этот код маркировки уже есть в чеке.</translation>
    </message>
    <message>
        <source>A marked item is one piece per marking code.</source>
        <translation>Один код маркировки — одна штука товара.</translation>
    </message>
    <message>
        <source>No such line in the sale.</source>
        <translation>В чеке нет такой позиции.</translation>
    </message>
    <message>
        <source>The buyer contact must be a phone number (+7...) or an e-mail address.</source>
        <translation>Контакт покупателя — номер телефона (+7...) или адрес электронной почты.</translation>
    </message>
    <message>
        <source>The comment is limited to 1000 characters.</source>
        <translation>Комментарий — не более 1000 символов.</translation>
    </message>
    <message>
        <source>No shift is open. Open a shift first.</source>
        <translation>Смена не открыта. Сначала откройте смену.</translation>
    </message>
    <message>
        <source>Every payment must be a positive amount.</source>
        <translation>Каждая оплата должна быть положительной суммой.</translation>
    </message>
    <message>
        <source>This payment method is not enabled for %1.</source>
        <translation>Этот способ оплаты не разрешён для роли «%1».</translation>
    </message>
    <message>
        <source>The cash handed over is less than the cash amount.</source>
        <translation>Полученных наличных меньше суммы оплаты наличными.</translation>
    </message>
    <message>
        <source>Card and SBP payments cannot exceed the total.</source>
        <translation>Оплата картой и через СБП не может превышать сумму чека.</translation>
    </message>
    <message>
        <source>The payments (%1) do not match the total (%2).</source>
        <translation>Сумма оплат (%1) не совпадает с итогом чека (%2).</translation>
    </message>
    <message>
        <source>The sale has no lines.</source>
        <translation>В чеке нет позиций.</translation>
    </message>
    <message>
        <source>Choose at least one line to return.</source>
        <translation>Выберите хотя бы одну строку для возврата.</translation>
    </message>
    <message>
        <source>Only a completed sale can be returned.</source>
        <translation>Вернуть можно только закрытый чек продажи.</translation>
    </message>
    <message>
        <source>Cannot return more of %1 than was sold (%2 left to return).</source>
        <translation>Нельзя вернуть «%1» больше, чем было продано (осталось к возврату: %2).</translation>
    </message>
    <message>
        <source>Unknown calculation sign.</source>
        <translation>Неизвестный признак расчёта.</translation>
    </message>
    <message>
        <source>The correction type must be self-initiated or by order.</source>
        <translation>Тип коррекции: самостоятельно или по предписанию.</translation>
    </message>
    <message>
        <source>The correction needs the date of the uncorrected settlement.</source>
        <translation>Для коррекции нужна дата совершения неучтённого расчёта.</translation>
    </message>
    <message>
        <source>A correction by order needs the order number.</source>
        <translation>Для коррекции по предписанию нужен номер предписания.</translation>
    </message>
    <message>
        <source>The correction has no lines.</source>
        <translation>В чеке коррекции нет позиций.</translation>
    </message>
    <message>
        <source>Only a completed document gets fiscal attributes.</source>
        <translation>Фискальные реквизиты записываются только в закрытый документ.</translation>
    </message>
    <message>
        <source>A shift is already open.</source>
        <translation>Смена уже открыта.</translation>
    </message>
    <message>
        <source>The amount must be positive.</source>
        <translation>Сумма должна быть больше нуля.</translation>
    </message>
    <message>
        <source>Give a reason (up to 256 characters).</source>
        <translation>Укажите основание (до 256 символов).</translation>
    </message>
    <message>
        <source>The drawer holds only %1.</source>
        <translation>В денежном ящике только %1.</translation>
    </message>
    <message>
        <source>A fiscal job cannot go from "%1" to "%2".</source>
        <translation>Фискальное задание нельзя перевести из состояния «%1» в «%2».</translation>
    </message>
    <message>
        <source>The registrar address “%1” is not valid: use serial:/dev/ttyUSB0 or tcp:HOST:PORT in the device settings.</source>
        <translation>Адрес регистратора «%1» неверен: укажите в настройках оборудования serial:/dev/ttyUSB0 или tcp:ХОСТ:ПОРТ.</translation>
    </message>
    <message>
        <source>The document of this fiscal job was not found in the database.</source>
        <translation>Документ этого фискального задания не найден в базе данных.</translation>
    </message>
    <message>
        <source>Unknown fiscal job kind “%1”.</source>
        <translation>Неизвестный вид фискального задания «%1».</translation>
    </message>
    <message>
        <source>Marking code checked: it may be sold.</source>
        <translation>Код маркировки проверен: товар можно продавать.</translation>
    </message>
    <message>
        <source>Marking code checked by the fiscal drive only; the marking server did not answer. It may be sold.</source>
        <translation>Код маркировки проверен только ФН; сервер маркировки не ответил. Товар можно продавать.</translation>
    </message>
    <message>
        <source>The marking server refused this code (sold already, withdrawn or blocked): do not sell this item.</source>
        <translation>Сервер маркировки отклонил код (уже продан, выведен из оборота или заблокирован): этот товар продавать нельзя.</translation>
    </message>
    <message>
        <source>The fiscal drive found the marking code invalid: do not sell this item.</source>
        <translation>ФН признал код маркировки неверным: этот товар продавать нельзя.</translation>
    </message>
    <message>
        <source>Marking code of “%1” was refused: %2</source>
        <translation>Код маркировки товара «%1» отклонён: %2</translation>
    </message>
    <message>
        <source>The fiscal drive's document %1 could not be read.</source>
        <translation>Не удалось прочитать документ ФН № %1.</translation>
    </message>
    <message>
        <source>The journal row of this operation is incomplete; compare it with the fiscal drive.</source>
        <translation>Запись журнала об этой операции неполная; сверьте её с ФН.</translation>
    </message>
    <message>
        <source>The registrar is not ready; the code was not checked.</source>
        <translation>Регистратор не готов; код не проверен.</translation>
    </message>
    <message>
        <source>The document was not found.</source>
        <translation>Документ не найден.</translation>
    </message>
    <message>
        <source>FN %1, last document %2, shift %3, warnings %4h</source>
        <translation>ФН %1, последний документ %2, смена %3, предупреждения %4h</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыта</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыта</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>Слишком много неверных PIN-кодов. Повторите через %1 с.</translation>
    </message>
    <message>
        <source>Receipt discounts are switched off in the settings.</source>
        <translation>Скидки на чек отключены в настройках.</translation>
    </message>
    <message>
        <source>Item discounts are switched off in the settings.</source>
        <translation>Скидки на позиции отключены в настройках.</translation>
    </message>
    <message>
        <source>A discount above %1 % is not allowed for the role «%2».</source>
        <translation>Скидка больше %1 % для роли «%2» запрещена.</translation>
    </message>
    <message>
        <source>The demo registrar did not start: %1</source>
        <translation>Демо-регистратор не запустился: %1</translation>
    </message>
    <message>
        <source>Demo shop: owner PIN %1, cashier PIN %2</source>
        <translation>Демо-магазин: PIN владельца %1, PIN кассира %2</translation>
    </message>
    <message>
        <source>The shift reaches 24 hours in %1 min: close it with the Z report soon.</source>
        <translation>Смена достигнет 24 часов через %1 мин: скоро закройте её Z-отчётом.</translation>
    </message>
    <message>
        <source>The fiscal drive expires on %1 (days left: %2): order a replacement.</source>
        <translation>Срок действия ФН истекает %1 (осталось дней: %2): закажите замену.</translation>
    </message>
    <message>
        <source>Enter the item name (up to 128 characters).</source>
        <translation>Введите название товара (до 128 символов).</translation>
    </message>
    <message>
        <source>Marking code: %1</source>
        <translation>Код маркировки: %1</translation>
    </message>
    <message>
        <source>%1 of %2 pieces of the pack</source>
        <translation>%1 шт. из %2 в пачке</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Wait: the registrar is printing the receipt.</source>
        <translation>Подождите: ФР печатает чек.</translation>
    </message>
    <message>
        <source>The last receipt did not print. Fix the cause and press Retry, or put it aside.</source>
        <translation>Предыдущий чек не напечатан. Устраните причину и нажмите «Печатать снова» или отложите его.</translation>
    </message>
    <message>
        <source>No product with GTIN %1 in the catalog.</source>
        <translation>Нет товара с GTIN %1 в каталоге.</translation>
    </message>
    <message>
        <source>This marking code is being checked already.</source>
        <translation>Этот код маркировки уже проверяется.</translation>
    </message>
    <message>
        <source>Marked goods need the registrar to check the code; set up the registrar.</source>
        <translation>Для маркированного товара ФР должен проверить код: настройте подключение ФР.</translation>
    </message>
    <message>
        <source>No product with the scale code %1.</source>
        <translation>Нет товара с весовым кодом %1.</translation>
    </message>
    <message>
        <source>No product with the barcode %1. Search by name (F2) or sell at a free price.</source>
        <translation>Нет товара со штрихкодом %1. Найдите его по названию (F2) или продайте по свободной цене.</translation>
    </message>
    <message>
        <source>%1 is marked: scan the DataMatrix code on the pack, not the barcode.</source>
        <translation>%1 — маркированный товар: отсканируйте код DataMatrix на упаковке, а не штрихкод.</translation>
    </message>
    <message>
        <source>%1 is marked: scan the DataMatrix code on the pack.</source>
        <translation>%1 — маркированный товар: отсканируйте код DataMatrix на упаковке.</translation>
    </message>
    <message>
        <source>Remove the free-price item and add it again with the new price.</source>
        <translation>Удалите позицию по свободной цене и добавьте её заново с новой ценой.</translation>
    </message>
    <message>
        <source>The price of a marked item cannot change after its code was checked.</source>
        <translation>Цену маркированного товара нельзя менять после проверки его кода.</translation>
    </message>
    <message>
        <source>Sale put aside. Open it again from "Open sales".</source>
        <translation>Чек отложен. Откройте его снова из списка «Открытые» (F10).</translation>
    </message>
    <message>
        <source>Finish or put aside the current sale first.</source>
        <translation>Сначала завершите или отложите текущий чек.</translation>
    </message>
    <message>
        <source>The receipt is empty.</source>
        <translation>Чек пуст.</translation>
    </message>
    <message>
        <source>Wait for the marking code check to finish.</source>
        <translation>Дождитесь окончания проверки кода маркировки.</translation>
    </message>
    <message>
        <source>The shift is open.</source>
        <translation>Смена открыта.</translation>
    </message>
    <message>
        <source>No fiscal registrar is set up: the receipt waits in the journal.</source>
        <translation>ФР не настроен: чек ждёт в журнале.</translation>
    </message>
    <message>
        <source>The receipt stays in the journal and prints when the registrar is ready.</source>
        <translation>Чек остаётся в журнале и напечатается, когда ФР будет готов.</translation>
    </message>
    <message>
        <source>The marking code was not accepted.</source>
        <translation>Код маркировки не принят.</translation>
    </message>
    <message>
        <source>The receipt is fiscal, but the paper ran out: load a roll and choose "Continue printing".</source>
        <translation>Чек пробит, но кончилась бумага: вставьте рулон и выберите «Продолжить печать».</translation>
    </message>
    <message>
        <source>The price of %1 is not a number of roubles.</source>
        <translation>Цена товара «%1» — не сумма в рублях.</translation>
    </message>
    <message>
        <source>A category without a name.</source>
        <translation>Категория без названия.</translation>
    </message>
    <message>
        <source>An employee without a name.</source>
        <translation>Сотрудник без имени.</translation>
    </message>
    <message>
        <source>A unit without a measure code (tag 2108).</source>
        <translation>Единица измерения без кода меры (тег 2108).</translation>
    </message>
    <message>
        <source>A VAT rate without a tag 1199 code.</source>
        <translation>Ставка НДС без кода по тегу 1199.</translation>
    </message>
    <message>
        <source>A point of sale without a name.</source>
        <translation>Торговая точка без названия.</translation>
    </message>
    <message>
        <source>A price without a product or an amount.</source>
        <translation>Цена без товара или без суммы.</translation>
    </message>
    <message>
        <source>The cabinet cannot be reached: %1</source>
        <translation>Нет связи с кабинетом: %1</translation>
    </message>
    <message numerus="yes">
        <source>The cabinet asks to slow down; retrying in %n second(s).</source>
        <translation>
            <numerusform>Кабинет просит снизить частоту запросов; повтор через %n секунду</numerusform>
            <numerusform>Кабинет просит снизить частоту запросов; повтор через %n секунды</numerusform>
            <numerusform>Кабинет просит снизить частоту запросов; повтор через %n секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>The cabinet has a temporary problem (HTTP %1); retrying.</source>
        <translation>Временная ошибка кабинета (HTTP %1); повторяем.</translation>
    </message>
    <message>
        <source>The cabinet refused access to this data (HTTP 403).</source>
        <translation>Кабинет отказал в доступе к этим данным (HTTP 403).</translation>
    </message>
    <message>
        <source>The cabinet answered HTTP %1: %2</source>
        <translation>Кабинет ответил HTTP %1: %2</translation>
    </message>
    <message>
        <source>The activation code is 8 digits.</source>
        <translation>Код активации состоит из 8 цифр.</translation>
    </message>
    <message>
        <source>The cabinet address must start with https:// or http://.</source>
        <translation>Адрес кабинета должен начинаться с https:// или http://.</translation>
    </message>
    <message>
        <source>The activation code is wrong, expired or already used. Ask the cabinet administrator for a new one.</source>
        <translation>Код активации неверен, просрочен или уже использован. Попросите у администратора кабинета новый.</translation>
    </message>
    <message>
        <source>The cabinet refused: the till this workplace had still reports unsent documents. Send them first, or ask for a code issued with --force.</source>
        <translation>Кабинет отказал: прежняя касса этого рабочего места сообщает о неотправленных документах. Сначала отправьте их или попросите код, выданный с --force.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Слишком много попыток. Повторите через %n с.</numerusform>
            <numerusform>Слишком много попыток. Повторите через %n с.</numerusform>
            <numerusform>Слишком много попыток. Повторите через %n с.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cabinet sent no device token.</source>
        <translation>Кабинет не прислал токен устройства.</translation>
    </message>
    <message>
        <source>The cabinet answered a batch of %1 documents with %2 results.</source>
        <translation>Кабинет ответил на пакет из %1 документов %2 результатами.</translation>
    </message>
    <message>
        <source>The cabinet answered for documents it was not sent.</source>
        <translation>Кабинет ответил о документах, которые ему не отправлялись.</translation>
    </message>
    <message>
        <source>The cabinet sent catalog changes without a cursor.</source>
        <translation>Кабинет прислал изменения каталога без курсора.</translation>
    </message>
    <message>
        <source>The cabinet has revoked this till's access. Activate it again with a new workplace code; unsent documents are kept.</source>
        <translation>Кабинет отозвал доступ этой кассы. Активируйте её заново новым кодом рабочего места; неотправленные документы сохранены.</translation>
    </message>
    <message>
        <source>The cabinet does not recognise this till. Activate it again with a new workplace code; unsent documents are kept.</source>
        <translation>Кабинет не узнаёт эту кассу. Активируйте её заново новым кодом рабочего места; неотправленные документы сохранены.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>Cannot save the device token to %1: %2</source>
        <translation>Не удаётся сохранить токен устройства в %1: %2</translation>
    </message>
    <message>
        <source>Sample item</source>
        <translation>Образец товара</translation>
    </message>
    <message>
        <source>%1 at %2 baud</source>
        <translation>%1, скорость %2</translation>
    </message>
    <message>
        <source>%1, serial number %2, FN %3</source>
        <translation>%1, заводской номер %2, ФН %3</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>готов к работе</translation>
    </message>
    <message>
        <source>shift open</source>
        <translation>смена открыта</translation>
    </message>
    <message>
        <source>shift open for over 24 hours: close it with a Z report</source>
        <translation>смена открыта более 24 часов: закройте её Z-отчётом</translation>
    </message>
    <message>
        <source>shift closed</source>
        <translation>смена закрыта</translation>
    </message>
    <message>
        <source>locked by a wrong tax inspector password</source>
        <translation>заблокирован неверным паролем налогового инспектора</translation>
    </message>
    <message>
        <source>waiting for the date to be confirmed</source>
        <translation>ожидает подтверждения даты</translation>
    </message>
    <message>
        <source>a document is open</source>
        <translation>открыт документ</translation>
    </message>
    <message>
        <source>technological reset allowed</source>
        <translation>разрешено технологическое обнуление</translation>
    </message>
    <message>
        <source>test run</source>
        <translation>тестовый прогон</translation>
    </message>
    <message>
        <source>mode %1</source>
        <translation>режим %1</translation>
    </message>
    <message>
        <source>There is no port %1 on this computer: check that the registrar is plugged in and switched on, press “Refresh” and pick its port from the list.</source>
        <translation>Порта %1 на этом компьютере нет: проверьте, что ФР подключён и включён, нажмите «Обновить» и выберите его порт из списка.</translation>
    </message>
    <message>
        <source>No permission to open %1: add the user to the “dialout” group and log in again.</source>
        <translation>Нет прав на открытие %1: добавьте пользователя в группу «dialout» и войдите в систему заново.</translation>
    </message>
    <message>
        <source>Port %1 is busy: another program holds it (a test utility or a second copy of the till). Close it and try again.</source>
        <translation>Порт %1 занят другой программой (тестовой утилитой или второй копией кассы). Закройте её и повторите.</translation>
    </message>
    <message>
        <source>Nothing accepts connections at %1: check the registrar's IP address and port (7778 by default), that it is switched on and on the same network.</source>
        <translation>По адресу %1 никто не принимает подключения: проверьте IP-адрес и порт ФР (по умолчанию 7778), что он включён и находится в той же сети.</translation>
    </message>
    <message>
        <source>Port %1 could not be used: check the cable and try another port.</source>
        <translation>Не удалось открыть порт %1: проверьте кабель и попробуйте другой порт.</translation>
    </message>
    <message>
        <source>The registrar does not answer on %1: check that it is switched on and connected, and the baud rate, or press “Find registrar” to try every port and speed.</source>
        <translation>Ошибка ФР: нет связи на %1. Проверьте, что ФР включён и подключён, и скорость обмена, или нажмите «Найти ФР», чтобы перебрать все порты и скорости.</translation>
    </message>
    <message>
        <source>The registrar on %1 answers with errors: check the cable and the baud rate.</source>
        <translation>ФР на %1 отвечает с ошибками: проверьте кабель и скорость обмена.</translation>
    </message>
    <message>
        <source>The registrar refused the password %1: enter the system administrator's password (30 unless it was changed).</source>
        <translation>ФР не принял пароль %1: введите пароль системного администратора (30, если его не меняли).</translation>
    </message>
    <message>
        <source>open for over 24 hours</source>
        <translation>открыта более 24 часов</translation>
    </message>
    <message>
        <source>The registrar address “%1” is not valid.</source>
        <translation>Адрес ФР «%1» указан неверно.</translation>
    </message>
    <message>
        <source>%1 is skipped: the till is connected to it now.</source>
        <translation>%1 пропущен: касса сейчас работает через него.</translation>
    </message>
    <message>
        <source>The test slip was printed.</source>
        <translation>Тестовый чек напечатан.</translation>
    </message>
    <message>
        <source>The paper ran out while printing: insert a roll and print again.</source>
        <translation>Во время печати закончилась бумага: вставьте рулон и напечатайте снова.</translation>
    </message>
    <message>
        <source>Choose the COM port the registrar is connected to, or press “Find registrar”.</source>
        <translation>Выберите COM-порт, к которому подключён ФР, или нажмите «Найти ФР».</translation>
    </message>
    <message>
        <source>The port name “%1” is not valid: pick a port from the list.</source>
        <translation>Имя порта «%1» указано неверно: выберите порт из списка.</translation>
    </message>
    <message>
        <source>The baud rate must be one of 2400, 4800, 9600, 19200, 38400, 57600 or 115200.</source>
        <translation>Скорость обмена должна быть одной из: 2400, 4800, 9600, 19200, 38400, 57600 или 115200.</translation>
    </message>
    <message>
        <source>Enter the registrar's IP address or host name.</source>
        <translation>Введите IP-адрес или имя хоста ФР.</translation>
    </message>
    <message>
        <source>The address “%1” must not contain spaces.</source>
        <translation>Адрес «%1» не должен содержать пробелов.</translation>
    </message>
    <message>
        <source>The TCP port must be a number from 1 to 65535 (the registrar uses 7778 by default).</source>
        <translation>TCP-порт — число от 1 до 65535 (по умолчанию ФР использует 7778).</translation>
    </message>
    <message>
        <source>The operator password is a number from 1 to 99999999 (30 by default).</source>
        <translation>Пароль оператора — число от 1 до 99999999 (по умолчанию 30).</translation>
    </message>
    <message>
        <source>The connection timeout must be from 500 to 60000 ms.</source>
        <translation>Тайм-аут подключения должен быть от 500 до 60000 мс.</translation>
    </message>
    <message>
        <source>The answer timeout must be from 100 to 10000 ms.</source>
        <translation>Тайм-аут ответа должен быть от 100 до 10000 мс.</translation>
    </message>
    <message>
        <source>Return of sale No. %1</source>
        <translation>Возврат продажи № %1</translation>
    </message>
    <message>
        <source>not fully printed</source>
        <translation>не допечатан</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>FD</source>
        <translation>ФД</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Продажа</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <source>Correction: income return</source>
        <translation>Коррекция: возврат прихода</translation>
    </message>
    <message>
        <source>Correction: expense</source>
        <translation>Коррекция: расход</translation>
    </message>
    <message>
        <source>Correction: expense return</source>
        <translation>Коррекция: возврат расхода</translation>
    </message>
    <message>
        <source>Correction: income</source>
        <translation>Коррекция: приход</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Fiscalised</source>
        <translation>Фискализирован</translation>
    </message>
    <message>
        <source>Waiting for the registrar</source>
        <translation>ждёт ФР</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>требует внимания</translation>
    </message>
    <message>
        <source>Registrar error</source>
        <translation>ошибка ФР</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>не отправлен</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>SBP</source>
        <translation>СБП</translation>
    </message>
    <message>
        <source>The drawer holds only %1 in cash, the refund needs %2: make a cash-in first or refund to the card.</source>
        <translation>В кассе только %1 наличными, а на возврат нужно %2: сначала внесите наличные или верните деньги на карту.</translation>
    </message>
    <message>
        <source>Line %1: a quotation mark is not closed.</source>
        <translation>Строка %1: не закрыта кавычка.</translation>
    </message>
    <message>
        <source>Line %1: a field is too long; check the quotation marks.</source>
        <translation>Строка %1: слишком длинное поле; проверьте кавычки.</translation>
    </message>
    <message>
        <source>Line %1: too many columns.</source>
        <translation>Строка %1: слишком много столбцов.</translation>
    </message>
    <message>
        <source>Line %1: the file cannot be read.</source>
        <translation>Строка %1: файл не читается.</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Сверка итогов</translation>
    </message>
    <message>
        <source>Card payment</source>
        <translation>Оплата картой</translation>
    </message>
    <message>
        <source>No card terminal is set up at this till.</source>
        <translation>На этой кассе не настроен банковский терминал.</translation>
    </message>
    <message>
        <source>The card terminal is busy with another operation.</source>
        <translation>Банковский терминал занят другой операцией.</translation>
    </message>
    <message>
        <source>A card payment must be above zero.</source>
        <translation>Сумма оплаты картой должна быть больше нуля.</translation>
    </message>
    <message>
        <source>There is no approved card payment to give the money back to.</source>
        <translation>Нет одобренной оплаты картой, на которую можно вернуть деньги.</translation>
    </message>
    <message>
        <source>Only %1 ₽ of this card payment can still be given back.</source>
        <translation>По этой оплате картой можно вернуть не больше %1 ₽.</translation>
    </message>
    <message>
        <source>This operation does not wait for the cashier.</source>
        <translation>Эта операция не ждёт решения кассира.</translation>
    </message>
    <message>
        <source>Approved, as the cashier read it on the terminal.</source>
        <translation>Одобрено: так кассир прочитал на терминале.</translation>
    </message>
    <message>
        <source>Not approved, as the cashier read it on the terminal.</source>
        <translation>Не одобрено: так кассир прочитал на терминале.</translation>
    </message>
    <message>
        <source>%1 of %2 ₽ started at %3 (operation %4): neither the terminal's answer nor its report says how it ended. Look at the terminal or its last slip: was it approved?</source>
        <translation>%1 на %2 ₽, начата в %3 (операция %4): ни ответ терминала, ни его отчёт не говорят, чем она закончилась. Посмотрите на терминал или его последний слип: операция одобрена?</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n час</numerusform>
            <numerusform>%n часа</numerusform>
            <numerusform>%n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) not sent to the OFD</source>
        <translation>
            <numerusform>%n документ не передан в ОФД</numerusform>
            <numerusform>%n документа не переданы в ОФД</numerusform>
            <numerusform>%n документов не переданы в ОФД</numerusform>
        </translation>
    </message>
    <message>
        <source>, the oldest waits %1</source>
        <translation>, самый старый ждёт %1</translation>
    </message>
    <message>
        <source>The shift has been open for %1: close it before 24 hours pass.</source>
        <translation>Смена открыта уже %1: закройте её до истечения 24 часов.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) not yet sent to the cloud cabinet</source>
        <translation>
            <numerusform>%n документ ещё не отправлен в облачный кабинет</numerusform>
            <numerusform>%n документа ещё не отправлены в облачный кабинет</numerusform>
            <numerusform>%n документов ещё не отправлены в облачный кабинет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) waiting for the registrar</source>
        <translation>
            <numerusform>%n документ ждёт ФР</numerusform>
            <numerusform>%n документа ждут ФР</numerusform>
            <numerusform>%n документов ждут ФР</numerusform>
        </translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>НДС</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Коррекция</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Внесение</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Изъятие</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>X-отчёт</translation>
    </message>
    <message>
        <source>Z report</source>
        <translation>Z-отчёт</translation>
    </message>
    <message>
        <source>Several</source>
        <translation>Несколько</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Gross turnover</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Возвраты</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Итого за вычетом возвратов</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Чеки</translation>
    </message>
    <message>
        <source>Return receipts</source>
        <translation>Чеки возврата</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Коррекции</translation>
    </message>
    <message>
        <source>Average receipt</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>По дням</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>По часам</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>By cashier</source>
        <translation>По кассирам</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>По группам</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Top 20 products by amount</source>
        <translation>20 товаров с наибольшей суммой</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Top 20 products by quantity</source>
        <translation>20 товаров с наибольшим количеством</translation>
    </message>
    <message>
        <source>By VAT rate</source>
        <translation>По ставкам НДС</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Ставка НДС</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>Смены</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Смена</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>In the drawer</source>
        <translation>В кассе</translation>
    </message>
    <message>
        <source>Cash documents</source>
        <translation>Кассовые документы</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Не удалось создать %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n минуту</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Позиций</translation>
    </message>
    <message>
        <source>pcs</source>
        <translation>шт</translation>
    </message>
    <message>
        <source>g</source>
        <translation>г</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>кг</translation>
    </message>
    <message>
        <source>t</source>
        <translation>т</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>см</translation>
    </message>
    <message>
        <source>dm</source>
        <translation>дм</translation>
    </message>
    <message>
        <source>m</source>
        <translation>м</translation>
    </message>
    <message>
        <source>cm²</source>
        <translation>см²</translation>
    </message>
    <message>
        <source>dm²</source>
        <translation>дм²</translation>
    </message>
    <message>
        <source>m²</source>
        <translation>м²</translation>
    </message>
    <message>
        <source>ml</source>
        <translation>мл</translation>
    </message>
    <message>
        <source>l</source>
        <translation>л</translation>
    </message>
    <message>
        <source>m³</source>
        <translation>м³</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>кВт·ч</translation>
    </message>
    <message>
        <source>Gcal</source>
        <translation>Гкал</translation>
    </message>
    <message>
        <source>day</source>
        <translation>сут</translation>
    </message>
    <message>
        <source>h</source>
        <translation>ч</translation>
    </message>
    <message>
        <source>min</source>
        <translation>мин</translation>
    </message>
    <message>
        <source>s</source>
        <translation>с</translation>
    </message>
    <message>
        <source>KB</source>
        <translation>Кбайт</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>Мбайт</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>Гбайт</translation>
    </message>
    <message>
        <source>TB</source>
        <translation>Тбайт</translation>
    </message>
    <message>
        <source>This marking code is already in another open or parked sale.</source>
        <translation>Этот код маркировки уже есть в другой открытой или отложенной продаже.</translation>
    </message>
    <message>
        <source>Not checked: no connection with Chestny Znak</source>
        <translation>Без проверки: нет связи с Честным знаком</translation>
    </message>
    <message>
        <source>Not checked: Chestny Znak emergency mode</source>
        <translation>Без проверки: аварийный режим Честного знака</translation>
    </message>
    <message>
        <source>the TS PIoT address starts with http:// and is not this computer; the check would travel unencrypted. Set its https:// address</source>
        <translation>адрес ТС ПИоТ начинается с http:// и ведёт не на этот компьютер: проверка шла бы без шифрования. Укажите его адрес https://</translation>
    </message>
    <message>
        <source>the CA file %1 for TS PIoT cannot be read or holds no certificate</source>
        <translation>файл сертификата УЦ %1 для ТС ПИоТ не читается или не содержит сертификата</translation>
    </message>
    <message>
        <source>the TS PIoT certificate is not trusted: %1</source>
        <translation>сертификату ТС ПИоТ нет доверия: %1</translation>
    </message>
    <message>
        <source>Not checked: %1.</source>
        <translation>Без проверки: %1.</translation>
    </message>
    <message>
        <source>The code was not checked: %1. This product may not be sold without a check.</source>
        <translation>Код не проверен: %1. Этот товар нельзя продавать без проверки.</translation>
    </message>
    <message>
        <source>Chestny Znak did not answer, and this product may not be sold without a check. Try again later.</source>
        <translation>Честный знак не ответил, а этот товар без проверки продавать нельзя. Повторите позже.</translation>
    </message>
    <message>
        <source>Marking checks do not work: the Chestny Znak token is not valid. Tell the administrator.</source>
        <translation>Проверка маркировки не работает: токен Честного знака недействителен. Сообщите администратору.</translation>
    </message>
    <message>
        <source>The marking code was not found in Chestny Znak. It cannot be sold.</source>
        <translation>Код маркировки не найден в Честном знаке. Продать нельзя.</translation>
    </message>
    <message>
        <source>The marking code is damaged or fake. It cannot be sold.</source>
        <translation>Код маркировки повреждён или поддельный. Продать нельзя.</translation>
    </message>
    <message>
        <source>The product is not in circulation. It cannot be sold: tell the administrator.</source>
        <translation>Товар не введён в оборот. Продать нельзя — сообщите администратору.</translation>
    </message>
    <message>
        <source>This product is already sold. It cannot be sold again.</source>
        <translation>Этот товар уже продан. Продать повторно нельзя.</translation>
    </message>
    <message>
        <source>The product is blocked (%1). It cannot be sold.</source>
        <translation>Товар заблокирован (%1). Продать нельзя.</translation>
    </message>
    <message>
        <source>by a state body</source>
        <translation>госорганом</translation>
    </message>
    <message>
        <source>The product expired on %1. It cannot be sold.</source>
        <translation>Срок годности истёк %1. Продать нельзя.</translation>
    </message>
    <message>
        <source>The price is below the minimum (%1 ₽). Correct the price.</source>
        <translation>Цена ниже минимальной (%1 ₽). Исправьте цену.</translation>
    </message>
    <message>
        <source>The price is above the maximum (%1 ₽). Correct the price.</source>
        <translation>Цена выше максимальной (%1 ₽). Исправьте цену.</translation>
    </message>
    <message>
        <source>Chestny Znak refused the marking code. It cannot be sold.</source>
        <translation>Честный знак сообщил, что товар нельзя продать.</translation>
    </message>
    <message>
        <source>Chestny Znak refused the marking code: %1</source>
        <translation>Честный знак не разрешил продажу: %1</translation>
    </message>
    <message>
        <source>Chestny Znak did not say how many pieces this pack holds: sell the pack whole.</source>
        <translation>Честный знак не сообщил, сколько штук в этой пачке: продайте пачку целиком.</translation>
    </message>
    <message>
        <source>All %1 pieces of this pack are already sold.</source>
        <translation>Все %1 шт. из этой пачки уже проданы.</translation>
    </message>
    <message>
        <source>Only %1 of the %2 pieces of this pack are left: sell no more than that.</source>
        <translation>В пачке осталось %1 шт. из %2 — больше продать нельзя.</translation>
    </message>
    <message>
        <source>The number of pieces must be positive.</source>
        <translation>Количество штук должно быть больше нуля.</translation>
    </message>
    <message>
        <source>Scan the pack&apos;s marking code: only a marked pack is sold by the piece.</source>
        <translation>Отсканируйте код маркировки пачки: поштучно продаётся только маркированная пачка.</translation>
    </message>
    <message>
        <source>Some pieces of this pack are already sold: sell the rest by the piece.</source>
        <translation>Часть пачки уже продана — остальное продавайте поштучно.</translation>
    </message>
    <message>
        <source>This product was never sold: it cannot be returned by its code.</source>
        <translation>Этот товар не продавался — вернуть его по коду нельзя.</translation>
    </message>
    <message>
        <source>This code was already sold in receipt No. %1 of %2. It cannot be sold again.</source>
        <translation>Этот код уже пробит в чеке № %1 от %2. Продать повторно нельзя.</translation>
    </message>
    <message>
        <source>This marking code is already sold.</source>
        <translation>Этот код маркировки уже продан.</translation>
    </message>
    <message>
        <source>The cabinet sent this entry with text that is not UTF-8; the till keeps its previous version until the entry is saved again in the cabinet.</source>
        <translation>Кабинет прислал эту запись с текстом не в кодировке UTF-8; касса оставила прежнюю версию, пока запись не сохранят в кабинете заново.</translation>
    </message>
    <message>
        <source>The card terminal is ready.</source>
        <translation>Терминал готов к работе.</translation>
    </message>
    <message numerus="yes">
        <source>The terminal answered: %n operation(s) in the open batch.</source>
        <translation><numerusform>Терминал ответил: операций с последней сверки итогов — %n.</numerusform>
            <numerusform>Терминал ответил: операций с последней сверки итогов — %n.</numerusform>
            <numerusform>Терминал ответил: операций с последней сверки итогов — %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The terminal did not answer: %1</source>
        <translation>Терминал не ответил: %1</translation>
    </message>
    <message>
        <source>The card terminal's program is not chosen in the settings.</source>
        <translation>В настройках не выбрана программа банковского терминала.</translation>
    </message>
    <message>
        <source>The card terminal's program %1 is not there or cannot run.</source>
        <translation>Программа банковского терминала %1 не найдена или не запускается.</translation>
    </message>
    <message>
        <source>The card terminal is busy with an operation; change it when it is done.</source>
        <translation>Терминал занят операцией; смените его, когда она закончится.</translation>
    </message>
    <message>
        <source>The cabinet address starts with http://: the till's token and sales would travel unencrypted. Use the cabinet's https:// address. Only a technician may allow http:// (Settings → Cloud cabinet, «Allow unencrypted connection»), for a trusted network.</source>
        <translation>Адрес кабинета начинается с http://: токен кассы и продажи пошли бы по сети без шифрования. Укажите адрес кабинета с https://. Разрешить http:// может только техник (Настройки → Облачный кабинет, «Разрешить соединение без шифрования») и только в доверенной сети.</translation>
    </message>
    <message>
        <source>it is not signed by a certificate authority the till trusts</source>
        <translation>его подписал центр сертификации, которому касса не доверяет</translation>
    </message>
    <message>
        <source>it has expired (or the till's date is wrong)</source>
        <translation>срок его действия истёк (или на кассе неверная дата)</translation>
    </message>
    <message>
        <source>it is not valid yet (or the till's date is wrong)</source>
        <translation>срок его действия ещё не начался (или на кассе неверная дата)</translation>
    </message>
    <message>
        <source>it was issued for another address</source>
        <translation>он выдан для другого адреса</translation>
    </message>
    <message>
        <source>it has been revoked</source>
        <translation>он отозван</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read or holds no certificate. Nothing was sent. Choose the cabinet's CA certificate (PEM) in Settings → Cloud cabinet, or clear the field to use the system's certificate authorities.</source>
        <translation>Файл центра сертификации %1 не читается или не содержит сертификата. Ничего не отправлено. Выберите сертификат центра сертификации кабинета (PEM) в разделе Настройки → Облачный кабинет или очистите поле, чтобы касса проверяла кабинет по системным центрам сертификации.</translation>
    </message>
    <message>
        <source>the secure connection could not be set up</source>
        <translation>защищённое соединение не установилось</translation>
    </message>
    <message>
        <source>The till does not trust the cabinet's certificate: %1. Nothing was sent; documents wait on the till. Check the cabinet address and the till's date and time. If the cabinet uses a certificate of its own, choose its CA file in Settings → Cloud cabinet.</source>
        <translation>Касса не доверяет сертификату кабинета: %1. Ничего не отправлено, документы ждут на кассе. Проверьте адрес кабинета, дату и время на кассе. Если у кабинета собственный сертификат, выберите файл его центра сертификации в разделе Настройки → Облачный кабинет.</translation>
    </message>
    <message>
        <source>Only the owner or an administrator can give up a receipt: ask one to sign in.</source>
        <translation>Отказаться от чека может только владелец или администратор: попросите его войти.</translation>
    </message>
    <message>
        <source>This document was never sent to the registrar.</source>
        <translation>Этот документ не отправлялся в ФР.</translation>
    </message>
    <message>
        <source>This receipt has already been given up.</source>
        <translation>От этого чека уже отказались.</translation>
    </message>
    <message>
        <source>Nobody knows yet whether the registrar made this receipt: it cannot be given up until the till settles it with the registrar (Service → Registrar and FN).</source>
        <translation>Пока неизвестно, пробил ли ФР этот чек: отказаться от него нельзя, пока касса не сверит его с ФР (Сервис → ФР и ФН).</translation>
    </message>
    <message>
        <source>Only a receipt the registrar refused can be given up.</source>
        <translation>Отказаться можно только от чека, который ФР отклонил.</translation>
    </message>
    <message>
        <source>Write why the receipt is given up.</source>
        <translation>Напишите, почему вы отказываетесь от чека.</translation>
    </message>
    <message>
        <source>No registrar is connected: set it up in Settings.</source>
        <translation>ФР не подключён: настройте его в «Настройках».</translation>
    </message>
    <message>
        <source>The reason could not be saved: nothing was given up.</source>
        <translation>Причину не удалось сохранить: от чека не отказались.</translation>
    </message>
    <message>
        <source>given up</source>
        <translation>отказ от чека</translation>
    </message>
    <message>
        <source>SBP through Raiffeisenbank</source>
        <translation>СБП через Райффайзенбанк</translation>
    </message>
    <message>
        <source>The SBP bank does not answer (%1).</source>
        <translation>Банк СБП не отвечает (%1).</translation>
    </message>
    <message>
        <source>The SBP bank refused the request (HTTP %1, %2).</source>
        <translation>Банк СБП отклонил запрос (HTTP %1, %2).</translation>
    </message>
    <message>
        <source>The SBP bank refused to make a QR code for this payment (HTTP %1, %2). Nothing was paid by SBP: take the payment another way.</source>
        <translation>Банк СБП отказался создать QR‑код для этой оплаты (HTTP %1, %2). По СБП ничего не оплачено: примите оплату другим способом.</translation>
    </message>
    <message>
        <source>Return of goods</source>
        <translation>Возврат товара</translation>
    </message>
    <message>
        <source>The SBP refund is done by the bank.</source>
        <translation>Банк выполнил возврат по СБП.</translation>
    </message>
    <message>
        <source>The SBP bank is still processing the refund.</source>
        <translation>Банк СБП ещё обрабатывает возврат.</translation>
    </message>
    <message>
        <source>The SBP bank declined the refund.</source>
        <translation>Банк СБП отказал в возврате.</translation>
    </message>
    <message>
        <source>Choose the COM port of the scale, or switch the scale off.</source>
        <translation>Выберите COM-порт весов или отключите весы.</translation>
    </message>
    <message>
        <source>The weight has not settled: wait until the goods lie still on the scale and weigh again, or type the weight.</source>
        <translation>Вес не успокоился: дождитесь, пока товар перестанет качаться на весах, и взвесьте снова или введите вес вручную.</translation>
    </message>
    <message>
        <source>The scale shows no weight: put the goods on it (zero the empty scale first) and weigh again, or type the weight.</source>
        <translation>Весы не показывают веса: положите товар (пустые весы сначала обнулите) и взвесьте снова или введите вес вручную.</translation>
    </message>
    <message>
        <source>The scale is overloaded: take the goods off, weigh them in parts or type the weight.</source>
        <translation>Весы перегружены: снимите товар, взвесьте его частями или введите вес вручную.</translation>
    </message>
    <message>
        <source>The scale on %1 does not answer: check its power, the cable and the port and speed in the settings, or type the weight.</source>
        <translation>Весы на порту %1 не отвечают: проверьте питание, кабель, порт и скорость в настройках или введите вес вручную.</translation>
    </message>
    <message>
        <source>The registrar reported error %1h. If it repeats, call your service engineer.</source>
        <translation>Регистратор сообщил об ошибке %1h. Если она повторится, вызовите сервисного инженера.</translation>
    </message>
    <message>
        <source>The fiscal drive reported error %1h. If it repeats, call your service engineer.</source>
        <translation>Фискальный накопитель сообщил об ошибке %1h. Если она повторится, вызовите сервисного инженера.</translation>
    </message>
    <message>
        <source>The fiscal drive has failed (error %1h): sales cannot be registered. Call your service engineer.</source>
        <translation>Фискальный накопитель неисправен (ошибка %1h): продажи регистрировать нельзя. Вызовите сервисного инженера.</translation>
    </message>
    <message>
        <source>The fiscal drive has waited too long for the OFD to confirm its documents: connect the registrar to the internet and check the OFD settings, then try again.</source>
        <translation>ФН слишком долго ждёт подтверждения документов от ОФД: подключите регистратор к интернету и проверьте настройки ОФД, затем повторите.</translation>
    </message>
    <message>
        <source>The fiscal drive refused the registrar's date and time: check the registrar's clock in the service menu.</source>
        <translation>ФН не принял дату и время регистратора: проверьте часы регистратора в сервисном меню.</translation>
    </message>
    <message>
        <source>The fiscal drive does not answer the registrar: switch the registrar off and on; if it repeats, call your service engineer.</source>
        <translation>ФН не отвечает регистратору: выключите и включите регистратор; если это повторится, вызовите сервисного инженера.</translation>
    </message>
    <message>
        <source>SBP is not set up at this till.</source>
        <translation>СБП на этой кассе не настроена.</translation>
    </message>
    <message>
        <source>An SBP payment must be above zero.</source>
        <translation>Оплата через СБП должна быть больше нуля.</translation>
    </message>
    <message>
        <source>There is no paid SBP payment to give the money back to.</source>
        <translation>Нет оплаченного платежа СБП, по которому можно вернуть деньги.</translation>
    </message>
    <message>
        <source>Only %1 ₽ of this SBP payment can still be given back.</source>
        <translation>По этому платежу СБП можно вернуть не больше %1 ₽.</translation>
    </message>
    <message>
        <source>This refund is not waiting for an answer.</source>
        <translation>Этот возврат не ждёт ответа банка.</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Покупка</translation>
    </message>
    <message>
        <source>Paid, as the cashier checked it.</source>
        <translation>Оплачено: так проверил кассир.</translation>
    </message>
    <message>
        <source>Not paid, as the cashier checked it.</source>
        <translation>Не оплачено: так проверил кассир.</translation>
    </message>
    <message>
        <source>The SBP QR code was cancelled unpaid.</source>
        <translation>QR-код СБП отменён, оплаты по нему не было.</translation>
    </message>
    <message>
        <source>the bank still reports the payment in progress after the QR code was cancelled</source>
        <translation>банк и после отмены QR-кода сообщает, что платёж ещё обрабатывается</translation>
    </message>
    <message>
        <source>SBP payment of %1 ₽ started at %2 (operation %3, QR code %4): the bank did not say how it ended (%5). Ask the buyer to show the payment in the banking app, or look in the bank's merchant cabinet: was it paid?</source>
        <translation>Оплата через СБП на %1 ₽ начата в %2 (операция %3, QR-код %4): банк не сообщил, чем она закончилась (%5). Попросите покупателя показать платёж в банковском приложении или посмотрите в личном кабинете банка: оплата прошла?</translation>
    </message>
    <message>
        <source>the bank has not answered since the QR code expired</source>
        <translation>банк не отвечает с тех пор, как истёк срок QR-кода</translation>
    </message>
    <message>
        <source>The bank declined the SBP refund of %1 ₽ started at %2 (operation %3, QR code %4): %5</source>
        <translation>Банк отклонил возврат по СБП на %1 ₽, начатый в %2 (операция %3, QR-код %4): %5</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестен</translation>
    </message>
    <message>
        <source>The card totals do not match. The terminal counted %1 for the closed batch, the till counted %2 (difference %3). Check the terminal's report against the transactions screen: a payment may have been made on the terminal past the till, or an approved payment never reached a receipt. Tell the senior cashier before leaving; keep the printed reconciliation report.</source>
        <translation>Итоги по картам не совпадают. Терминал насчитал за закрытый пакет %1, касса — %2 (разница %3). Сверьте отчёт терминала с экраном «Операции по картам и СБП»: возможно, оплату провели на терминале мимо кассы или одобренная оплата не попала в чек. Сообщите старшему кассиру до ухода и сохраните напечатанный отчёт сверки.</translation>
    </message>
    <message>
        <source>This operation is not in the transactions journal.</source>
        <translation>Этой операции нет в журнале операций по картам и СБП.</translation>
    </message>
    <message>
        <source>The terminal gave no slip for this operation: there is nothing to reprint.</source>
        <translation>Терминал не выдал слип по этой операции: печатать нечего.</translation>
    </message>
    <message>
        <source>No registrar is set up at this till: the slip cannot be printed.</source>
        <translation>К кассе не подключён регистратор: слип напечатать нельзя.</translation>
    </message>
    <message>
        <source>No slip has been stored yet: there is nothing to reprint.</source>
        <translation>Сохранённых слипов пока нет: печатать нечего.</translation>
    </message>
    <message>
        <source>Alternative tobacco products</source>
        <translation>Альтернативная табачная продукция</translation>
    </message>
    <message>
        <source>Antiseptics</source>
        <translation>Антисептики</translation>
    </message>
    <message>
        <source>Beer and low-alcohol drinks</source>
        <translation>Пиво и слабоалкогольные напитки</translation>
    </message>
    <message>
        <source>Bicycles</source>
        <translation>Велосипеды</translation>
    </message>
    <message>
        <source>Cameras and flashes</source>
        <translation>Фототовары</translation>
    </message>
    <message>
        <source>Canned food</source>
        <translation>Консервы</translation>
    </message>
    <message>
        <source>Clothing and linen</source>
        <translation>Одежда и бельё</translation>
    </message>
    <message>
        <source>Dairy products</source>
        <translation>Молочная продукция</translation>
    </message>
    <message>
        <source>Dietary supplements</source>
        <translation>БАД</translation>
    </message>
    <message>
        <source>Furs</source>
        <translation>Меховые изделия</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Группа %1</translation>
    </message>
    <message>
        <source>Its check time: %1 ms.</source>
        <translation>Время проверки у модуля: %1 мс.</translation>
    </message>
    <message>
        <source>Juices and soft drinks</source>
        <translation>Соки и безалкогольные напитки</translation>
    </message>
    <message>
        <source>Medical devices</source>
        <translation>Медицинские изделия</translation>
    </message>
    <message>
        <source>Nicotine products</source>
        <translation>Никотинсодержащая продукция</translation>
    </message>
    <message>
        <source>No answer from TS PIoT at %1 within %2 s: is the module running, and are the address and the information port right?</source>
        <translation>ТС ПИоТ по адресу %1 не ответил за %2 с: запущен ли модуль, верны ли адрес и порт информации?</translation>
    </message>
    <message>
        <source>No connection with TS PIoT at %1: %2.</source>
        <translation>Нет связи с ТС ПИоТ по адресу %1: %2.</translation>
    </message>
    <message>
        <source>Non-alcoholic beer</source>
        <translation>Безалкогольное пиво</translation>
    </message>
    <message>
        <source>Packaged water</source>
        <translation>Упакованная вода</translation>
    </message>
    <message>
        <source>Perfume and eau de toilette</source>
        <translation>Духи и туалетная вода</translation>
    </message>
    <message>
        <source>Pet food</source>
        <translation>Корма для животных</translation>
    </message>
    <message>
        <source>Seafood (caviar)</source>
        <translation>Морепродукты (икра)</translation>
    </message>
    <message>
        <source>Shoes</source>
        <translation>Обувь</translation>
    </message>
    <message>
        <source>TS PIoT answered, but not with the information the till expects.</source>
        <translation>ТС ПИоТ ответил, но не теми сведениями, которых ждёт касса.</translation>
    </message>
    <message>
        <source>TS PIoT answers: module %1.</source>
        <translation>ТС ПИоТ отвечает: модуль %1.</translation>
    </message>
    <message>
        <source>TS PIoT at %1 answered with HTTP error %2.</source>
        <translation>ТС ПИоТ по адресу %1 ответил ошибкой HTTP %2.</translation>
    </message>
    <message>
        <source>The local module (LM ChZ) is not ready: %1.</source>
        <translation>Локальный модуль (ЛМ ЧЗ) не готов: %1.</translation>
    </message>
    <message>
        <source>The local module (LM ChZ) is ready.</source>
        <translation>Локальный модуль (ЛМ ЧЗ) готов.</translation>
    </message>
    <message>
        <source>Tobacco</source>
        <translation>Табак</translation>
    </message>
    <message>
        <source>Tyres</source>
        <translation>Шины</translation>
    </message>
    <message>
        <source>Vegetable oils</source>
        <translation>Растительные масла</translation>
    </message>
    <message>
        <source>Veterinary medicines</source>
        <translation>Ветеринарные препараты</translation>
    </message>
    <message>
        <source>Cannot check: %1.</source>
        <translation>Проверить нельзя: %1.</translation>
    </message>
    <message>
        <source>enter the TS PIoT address first</source>
        <translation>сначала введите адрес ТС ПИоТ</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>EAN-13 product barcode</source>
        <translation>Штрихкод товара EAN-13</translation>
    </message>
    <message>
        <source>EAN-8 product barcode</source>
        <translation>Штрихкод товара EAN-8</translation>
    </message>
    <message>
        <source>UPC-A product barcode</source>
        <translation>Штрихкод товара UPC-A</translation>
    </message>
    <message>
        <source>GTIN-14 (case) barcode</source>
        <translation>Штрихкод упаковки GTIN-14</translation>
    </message>
    <message>
        <source>Weighted item barcode</source>
        <translation>Штрихкод весового товара</translation>
    </message>
    <message>
        <source>Marking code (DataMatrix, Chestny ZNAK)</source>
        <translation>Код маркировки (DataMatrix, «Честный ЗНАК»)</translation>
    </message>
    <message>
        <source>Other code (shop's own, Code 128)</source>
        <translation>Другой код (внутренний код магазина, Code 128)</translation>
    </message>
    <message>
        <source>Not a valid code</source>
        <translation>Неверный код</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Turnover by day</source>
        <translation>Выручка по дням</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Возвраты</translation>
    </message>
    <message>
        <source>Net by hour</source>
        <translation>По часам, за вычетом возвратов</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Итого за вычетом возвратов</translation>
    </message>
    <message>
        <source>Cash in the drawer</source>
        <translation>Наличные в денежном ящике</translation>
    </message>
    <message>
        <source>Turnover by month</source>
        <translation>Выручка по месяцам</translation>
    </message>
    <message>
        <source>thousand ₽</source>
        <translation>тыс. ₽</translation>
    </message>
</context>
<context>
    <name>ReportsExport</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>Не удалось записать %1.</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Период: %1</translation>
    </message>
    <message>
        <source>Made at %1</source>
        <translation>Сформирован %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>devices</name>
    <message>
        <source>The code is empty.</source>
        <translation>Код пустой.</translation>
    </message>
    <message>
        <source>The code contains Cyrillic letters: the scanner typed through the Russian keyboard layout. Switch the layout to English or set the scanner up as a COM port.</source>
        <translation>В коде есть русские буквы: сканер печатал в русской раскладке клавиатуры. Переключите раскладку на английскую или настройте сканер как COM-порт.</translation>
    </message>
    <message>
        <source>The code contains a character that a barcode cannot hold.</source>
        <translation>В коде есть символ, которого не бывает в штрихкоде.</translation>
    </message>
    <message>
        <source>The check digit of the barcode is wrong: scan it again.</source>
        <translation>Неверная контрольная цифра штрихкода: отсканируйте ещё раз.</translation>
    </message>
    <message>
        <source>This is not a marking code of any known product group.</source>
        <translation>Это не код маркировки известной товарной группы.</translation>
    </message>
    <message>
        <source>The marking code has no product code (GTIN, identifier 01).</source>
        <translation>В коде маркировки нет кода товара (GTIN, идентификатор 01).</translation>
    </message>
    <message>
        <source>The product code (GTIN) in the marking code is not 14 digits.</source>
        <translation>Код товара (GTIN) в коде маркировки — не 14 цифр.</translation>
    </message>
    <message>
        <source>The product code (GTIN) in the marking code has a wrong check digit.</source>
        <translation>У кода товара (GTIN) в коде маркировки неверная контрольная цифра.</translation>
    </message>
    <message>
        <source>The marking code has no serial number (identifier 21).</source>
        <translation>В коде маркировки нет серийного номера (идентификатор 21).</translation>
    </message>
    <message>
        <source>The serial number in the marking code has a length no product group uses.</source>
        <translation>Серийный номер в коде маркировки имеет длину, которой нет ни в одной товарной группе.</translation>
    </message>
    <message>
        <source>The marking code has no verification part (91/92 or 93): it was scanned from a document or the scanner cut it off.</source>
        <translation>В коде маркировки нет кода проверки (91/92 или 93): его отсканировали с документа или сканер его обрезал.</translation>
    </message>
    <message>
        <source>The verification key (identifier 91) must be 4 characters.</source>
        <translation>Ключ проверки (идентификатор 91) должен состоять из 4 символов.</translation>
    </message>
    <message>
        <source>The verification code (identifier 92) must be 44 or 88 characters.</source>
        <translation>Код проверки (идентификатор 92) должен состоять из 44 или 88 символов.</translation>
    </message>
    <message>
        <source>The crypto tail (identifier 93) must be 4 characters.</source>
        <translation>Криптохвост (идентификатор 93) должен состоять из 4 символов.</translation>
    </message>
    <message>
        <source>A field of the marking code (weight, price or date) is malformed.</source>
        <translation>Поле кода маркировки (вес, цена или дата) записано неверно.</translation>
    </message>
    <message>
        <source>The marking code contains an unknown application identifier.</source>
        <translation>В коде маркировки неизвестный идентификатор применения.</translation>
    </message>
    <message>
        <source>The marking code is cut off: scan it again.</source>
        <translation>Код маркировки обрезан: отсканируйте ещё раз.</translation>
    </message>
    <message>
        <source>The scanner dropped the group separators (GS) of the marking code. Turn on GS output in the scanner settings.</source>
        <translation>Сканер потерял разделители групп (GS) кода маркировки. Включите передачу GS в настройках сканера.</translation>
    </message>
    <message>
        <source>The code does not match any weighted-barcode template.</source>
        <translation>Код не подходит ни под один шаблон весового штрихкода.</translation>
    </message>
    <message>
        <source>Tobacco pack</source>
        <translation>Пачка табака</translation>
    </message>
    <message>
        <source>Tobacco block</source>
        <translation>Блок табака</translation>
    </message>
    <message>
        <source>Dairy products</source>
        <translation>Молочная продукция</translation>
    </message>
    <message>
        <source>Beer or nicotine products</source>
        <translation>Пиво или никотинсодержащая продукция</translation>
    </message>
    <message>
        <source>Water, juice, dietary supplements and other goods with a short crypto tail</source>
        <translation>Вода, соки, БАД и другие товары с коротким криптохвостом</translation>
    </message>
    <message>
        <source>Shoes, clothes, tyres, perfume and other goods with a full crypto code</source>
        <translation>Обувь, одежда, шины, парфюмерия и другие товары с полным кодом проверки</translation>
    </message>
    <message>
        <source>The template is empty.</source>
        <translation>Шаблон пустой.</translation>
    </message>
    <message>
        <source>The template may contain only digits and the letters P, W, M, X, C and #.</source>
        <translation>Шаблон может содержать только цифры и буквы P, W, M, X, C и #.</translation>
    </message>
    <message>
        <source>The template has no product number (P).</source>
        <translation>В шаблоне нет кода товара (P).</translation>
    </message>
    <message>
        <source>The template needs either a weight (W) or a price (M), not both.</source>
        <translation>В шаблоне должен быть вес (W) или цена (M), но не оба сразу.</translation>
    </message>
    <message>
        <source>The check digit (C) can only be the last character.</source>
        <translation>Контрольная цифра (C) может быть только последним символом.</translation>
    </message>
    <message>
        <source>The divisor must be positive.</source>
        <translation>Делитель должен быть больше нуля.</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <source>Declined by the bank</source>
        <translation>Отклонено банком</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>The terminal did not answer in time. Check the payment on the terminal before trying again.</source>
        <translation>Терминал не ответил вовремя. Проверьте оплату на терминале, прежде чем повторять.</translation>
    </message>
    <message>
        <source>The connection to the terminal was lost. Check the payment on the terminal before trying again.</source>
        <translation>Связь с терминалом потеряна. Проверьте оплату на терминале, прежде чем повторять.</translation>
    </message>
    <message>
        <source>The terminal is busy with another operation.</source>
        <translation>Терминал занят другой операцией.</translation>
    </message>
    <message>
        <source>Port %1 does not exist: check the cable and the port in the settings.</source>
        <translation>Порта %1 нет: проверьте кабель и порт в настройках.</translation>
    </message>
    <message>
        <source>Port %1 is busy or not allowed: close other programs using it or check the access rights.</source>
        <translation>Порт %1 занят или недоступен: закройте другие программы, которые его используют, или проверьте права доступа.</translation>
    </message>
    <message>
        <source>The device on port %1 was disconnected.</source>
        <translation>Устройство на порту %1 отключено.</translation>
    </message>
    <message>
        <source>The device on port %1 does not answer.</source>
        <translation>Устройство на порту %1 не отвечает.</translation>
    </message>
    <message>
        <source>Port %1 failed: communication error.</source>
        <translation>Ошибка порта %1: сбой связи.</translation>
    </message>
    <message>
        <source>Emulated SBP acquirer</source>
        <translation>Эмулятор эквайринга СБП</translation>
    </message>
    <message>
        <source>The SBP service does not answer. Try again or take another payment.</source>
        <translation>Сервис СБП не отвечает. Повторите или примите оплату другим способом.</translation>
    </message>
    <message>
        <source>The acquirer refused to create the QR code.</source>
        <translation>Эквайер отказался создать QR-код.</translation>
    </message>
    <message>
        <source>The acquirer does not know this QR code.</source>
        <translation>Эквайер не знает этот QR-код.</translation>
    </message>
    <message>
        <source>Only a paid SBP payment can be refunded.</source>
        <translation>Вернуть можно только оплаченный платёж СБП.</translation>
    </message>
    <message>
        <source>The refund is larger than what is left of the payment.</source>
        <translation>Сумма возврата больше остатка оплаты.</translation>
    </message>
    <message>
        <source>Refunded through the Faster Payments System</source>
        <translation>Возвращено через СБП</translation>
    </message>
    <message>
        <source>PAYMENT</source>
        <translation>ОПЛАТА</translation>
    </message>
    <message>
        <source>REFUND</source>
        <translation>ВОЗВРАТ</translation>
    </message>
    <message>
        <source>CANCELLATION</source>
        <translation>ОТМЕНА</translation>
    </message>
    <message>
        <source>RECONCILIATION</source>
        <translation>СВЕРКА ИТОГОВ</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>КОПИЯ</translation>
    </message>
    <message>
        <source>Insert, tap or swipe the card</source>
        <translation>Вставьте, приложите или проведите карту</translation>
    </message>
    <message>
        <source>Emulated card terminal</source>
        <translation>Эмулятор банковского терминала</translation>
    </message>
    <message>
        <source>The original payment was not found on the terminal.</source>
        <translation>Исходная оплата не найдена на терминале.</translation>
    </message>
    <message>
        <source>Only a whole payment without refunds can be cancelled; make a refund instead.</source>
        <translation>Отменить можно только всю оплату без возвратов; оформите возврат.</translation>
    </message>
    <message>
        <source>There is no slip to print again.</source>
        <translation>Нет слипа для повторной печати.</translation>
    </message>
    <message>
        <source>EMULATED TERMINAL</source>
        <translation>ЭМУЛЯТОР ТЕРМИНАЛА</translation>
    </message>
    <message>
        <source>Payments: %1, %2 RUB</source>
        <translation>Оплаты: %1, %2 руб.</translation>
    </message>
    <message>
        <source>Refunds: %1, %2 RUB</source>
        <translation>Возвраты: %1, %2 руб.</translation>
    </message>
    <message>
        <source>Total: %1 RUB</source>
        <translation>Итого: %1 руб.</translation>
    </message>
    <message>
        <source>TOTALS MATCH</source>
        <translation>ИТОГИ СОВПАЛИ</translation>
    </message>
    <message>
        <source>Amount: %1 RUB</source>
        <translation>Сумма: %1 руб.</translation>
    </message>
    <message>
        <source>Card: %1</source>
        <translation>Карта: %1</translation>
    </message>
    <message>
        <source>RRN: %1</source>
        <translation>RRN: %1</translation>
    </message>
    <message>
        <source>Authorisation code: %1</source>
        <translation>Код авторизации: %1</translation>
    </message>
    <message>
        <source>APPROVED</source>
        <translation>ОДОБРЕНО</translation>
    </message>
    <message>
        <source>DECLINED, code %1</source>
        <translation>ОТКАЗ, код %1</translation>
    </message>
    <message>
        <source>Waiting for the buyer to pay by QR code</source>
        <translation>Ждём оплату покупателем по QR-коду</translation>
    </message>
    <message>
        <source>Paid through the Faster Payments System</source>
        <translation>Оплачено через СБП</translation>
    </message>
    <message>
        <source>The QR code expired: the buyer did not pay in time</source>
        <translation>Срок QR-кода истёк: покупатель не оплатил вовремя</translation>
    </message>
    <message>
        <source>The buyer's bank rejected the payment</source>
        <translation>Банк покупателя отклонил оплату</translation>
    </message>
    <message>
        <source>The QR code was cancelled</source>
        <translation>QR‑код отменён, оплаты по нему не было</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>Добро пожаловать!</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>К оплате</translation>
    </message>
    <message>
        <source>Pay by the QR code</source>
        <translation>Оплата по QR-коду</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Сдача</translation>
    </message>
    <message>
        <source>Arcus2 terminal (command-line tool)</source>
        <translation>Терминал Arcus2 (утилита командной строки)</translation>
    </message>
    <message>
        <source>Approved, but the slip carries no RRN.</source>
        <translation>Одобрено, но в слипе нет RRN.</translation>
    </message>
    <message>
        <source>this Arcus2 install has no report operation set up</source>
        <translation>в этой установке Arcus2 не настроена операция отчёта</translation>
    </message>
    <message>
        <source>the Arcus2 tool left no answer</source>
        <translation>утилита Arcus2 не оставила ответа</translation>
    </message>
    <message>
        <source>To cancel, press the red key on the pinpad.</source>
        <translation>Чтобы отменить, нажмите красную кнопку на пинпаде.</translation>
    </message>
    <message>
        <source>The terminal program did not start (%1). No money was taken.</source>
        <translation>Программа терминала не запустилась (%1). Деньги не списаны.</translation>
    </message>
    <message>
        <source>the terminal has no report of its batch set up</source>
        <translation>у терминала не настроен отчёт по пакету операций</translation>
    </message>
    <message>
        <source>The operation never reached the terminal. No money was taken.</source>
        <translation>Операция не дошла до терминала. Деньги не списаны.</translation>
    </message>
    <message>
        <source>The terminal's report is not available (%1). Check the payment on the terminal.</source>
        <translation>Отчёт терминала недоступен (%1). Проверьте оплату на терминале.</translation>
    </message>
    <message>
        <source>Found in the terminal's report: the operation was approved.</source>
        <translation>Найдено в отчёте терминала: операция одобрена.</translation>
    </message>
    <message>
        <source>The terminal's report has no such operation: no money was taken.</source>
        <translation>В отчёте терминала такой операции нет: деньги не списаны.</translation>
    </message>
    <message>
        <source>Sberbank terminal (UPOS, sb_pilot)</source>
        <translation>Терминал Сбербанка (UPOS, sb_pilot)</translation>
    </message>
    <message>
        <source>sb_pilot left no answer</source>
        <translation>sb_pilot не оставил ответа</translation>
    </message>
    <message>
        <source>This acquirer cannot cancel a QR code.</source>
        <translation>Этот банк не умеет отменять QR-код.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Run prilavok --help for the options.</source>
        <translation>Список параметров: prilavok --help</translation>
    </message>
    <message>
        <source>No display: Prilavok needs a graphical session. Run it on the desktop, under xvfb-run, or with QT_QPA_PLATFORM=offscreen.</source>
        <translation>Нет дисплея: Прилавку нужен графический сеанс. Запустите его на рабочем столе, под xvfb-run или с QT_QPA_PLATFORM=offscreen.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1</source>
        <translation>Не удалось сохранить снимок экрана в %1</translation>
    </message>
    <message>
        <source>Prilavok cannot start: %1</source>
        <translation>Прилавок не может запуститься: %1</translation>
    </message>
    <message>
        <source>Prilavok</source>
        <translation>Прилавок</translation>
    </message>
</context>
<context>
    <name>ui::AbandonDialog</name>
    <message>
        <source>Give up the receipt</source>
        <translation>Отказаться от чека</translation>
    </message>
    <message>
        <source>%1 No. %2 of %3 · %4</source>
        <translation>%1 № %2 от %3 · %4</translation>
    </message>
    <message>
        <source>The registrar refused it: %1</source>
        <translation>ФР отклонил его: %1</translation>
    </message>
    <message>
        <source>If you give it up, the till stops sending it and the buyer gets no fiscal receipt for it. Money paid by card or SBP is returned through the terminal; cash must be given back by hand, or the sale made again as a new receipt. This cannot be undone.</source>
        <translation>Если отказаться, касса перестанет его отправлять, и покупатель не получит по нему кассового чека. Деньги, оплаченные картой или по СБП, вернутся через терминал; наличные нужно вернуть вручную или пробить продажу заново новым чеком. Отменить отказ нельзя.</translation>
    </message>
    <message>
        <source>Reason (required), e.g. the buyer left</source>
        <translation>Причина (обязательно), например: покупатель ушёл</translation>
    </message>
    <message>
        <source>Esc Cancel</source>
        <translation>Esc Отмена</translation>
    </message>
    <message>
        <source>Why is it given up?</source>
        <translation>Почему вы отказываетесь от чека?</translation>
    </message>
</context>
<context>
    <name>ui::CashDialog</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Изъятие</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Внесение</translation>
    </message>
    <message>
        <source>In the drawer: %1</source>
        <translation>В кассе: %1</translation>
    </message>
    <message>
        <source>Amount, ₽</source>
        <translation>Сумма, ₽</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Инкассация</translation>
    </message>
    <message>
        <source>Payment to a supplier</source>
        <translation>Оплата поставщику</translation>
    </message>
    <message>
        <source>Change for the bank</source>
        <translation>Размен в банке</translation>
    </message>
    <message>
        <source>Change float</source>
        <translation>Размен</translation>
    </message>
    <message>
        <source>Return from the bank</source>
        <translation>Возврат из банка</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Сумма:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>Enter Take out</source>
        <translation>Enter Изъять</translation>
    </message>
    <message>
        <source>Enter Put in</source>
        <translation>Enter Внести</translation>
    </message>
    <message>
        <source>Esc Cancel</source>
        <translation>Esc Отмена</translation>
    </message>
    <message>
        <source>Type the amount in roubles, for example 100 or 100.50.</source>
        <translation>Введите сумму в рублях, например 100 или 100,50.</translation>
    </message>
    <message>
        <source>The drawer holds only %1: you cannot take out more.</source>
        <translation>В кассе только %1: больше изъять нельзя.</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>Укажите причину.</translation>
    </message>
</context>
<context>
    <name>ui::CloudDialog</name>
    <message>
        <source>Cloud cabinet</source>
        <translation>Облачный кабинет</translation>
    </message>
    <message>
        <source>Sync:</source>
        <translation>Синхронизация:</translation>
    </message>
    <message>
        <source>Cabinet address:</source>
        <translation>Адрес кабинета:</translation>
    </message>
    <message>
        <source>8 digits from the cabinet</source>
        <translation>8 цифр из кабинета</translation>
    </message>
    <message>
        <source>Workplace code:</source>
        <translation>Код рабочего места:</translation>
    </message>
    <message>
        <source>Connect this till</source>
        <translation>Подключить эту кассу</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Синхронизировать сейчас</translation>
    </message>
    <message>
        <source>The till is connected to the cabinet.</source>
        <translation>Касса подключена к кабинету.</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>не подключён</translation>
    </message>
    <message>
        <source>the cabinet revoked this till: connect it again with a new code</source>
        <translation>кабинет отключил эту кассу: подключите её заново новым кодом</translation>
    </message>
    <message>
        <source>last success %1</source>
        <translation>последняя успешная: %1</translation>
    </message>
    <message>
        <source>not yet synced</source>
        <translation>ещё не синхронизировалась</translation>
    </message>
    <message>
        <source>waiting to send: %1, set aside: %2</source>
        <translation>ждут отправки: %1, отложено с ошибкой: %2</translation>
    </message>
    <message>
        <source>Type the cabinet address starting with https://</source>
        <translation>Введите адрес кабинета, начиная с https://</translation>
    </message>
    <message>
        <source>The workplace code is 8 digits; the cabinet shows it for the workplace.</source>
        <translation>Код рабочего места — 8 цифр; его показывает кабинет для рабочего места.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>the system's certificate authorities</source>
        <translation>системные центры сертификации</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Cabinet's CA file:</source>
        <translation>Файл ЦС кабинета:</translation>
    </message>
    <message>
        <source>Allow unencrypted connection (http://) — only on a trusted network</source>
        <translation>Разрешить соединение без шифрования (http://) — только в доверенной сети</translation>
    </message>
    <message>
        <source>The connection is not encrypted (http://): allowed below, for a trusted network only.</source>
        <translation>Соединение не зашифровано (http://): так разрешено ниже, только для доверенной сети.</translation>
    </message>
    <message>
        <source>The cabinet's CA certificate</source>
        <translation>Сертификат центра сертификации кабинета</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Сертификаты (*.pem *.crt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>catalog entries the till could not take: %1</source>
        <translation>записей каталога, которые касса не смогла принять: %1</translation>
    </message>
</context>
<context>
    <name>ui::CorrectionWizard</name>
    <message>
        <source>Income return</source>
        <translation>Возврат прихода</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Расход</translation>
    </message>
    <message>
        <source>Expense return</source>
        <translation>Возврат расхода</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Приход</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Работа</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Correction receipt</source>
        <translation>Чек коррекции</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Назад</translation>
    </message>
    <message>
        <source>Next (Enter) &gt;</source>
        <translation>Далее (Enter) &gt;</translation>
    </message>
    <message>
        <source>Make the correction</source>
        <translation>Провести коррекцию</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Отмена (Esc)</translation>
    </message>
    <message>
        <source>Step 1 of 4: the basis</source>
        <translation>Шаг 1 из 4: основание</translation>
    </message>
    <message>
        <source>Why the correction is made and which settlement it corrects.</source>
        <translation>Почему делается коррекция и какой расчёт она исправляет.</translation>
    </message>
    <message>
        <source>Self-initiated</source>
        <translation>Самостоятельно</translation>
    </message>
    <message>
        <source>By order of the tax authority</source>
        <translation>По предписанию налогового органа</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Номер предписания</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Order number:</source>
        <translation>Номер предписания:</translation>
    </message>
    <message>
        <source>Calculation sign:</source>
        <translation>Признак расчёта:</translation>
    </message>
    <message>
        <source>Date of the settlement:</source>
        <translation>Дата расчёта:</translation>
    </message>
    <message>
        <source>Step 2 of 4: the items</source>
        <translation>Шаг 2 из 4: предметы расчёта</translation>
    </message>
    <message>
        <source>Type a line and press Enter to add it; Enter on an empty line goes on.</source>
        <translation>Заполните строку и нажмите Enter, чтобы добавить её; Enter на пустой строке — дальше.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Price, ₽</source>
        <translation>Цена, ₽</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <source>Remove line (Del)</source>
        <translation>Удалить строку (Del)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>НДС</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет расчёта</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Step 3 of 4: the payments</source>
        <translation>Шаг 3 из 4: оплата</translation>
    </message>
    <message>
        <source>How the corrected amount was paid; together they make the total.</source>
        <translation>Как была оплачена сумма коррекции; вместе оплаты составляют итог.</translation>
    </message>
    <message>
        <source>Cash, ₽:</source>
        <translation>Наличными, ₽:</translation>
    </message>
    <message>
        <source>Electronic (card), ₽:</source>
        <translation>Безналичными (картой), ₽:</translation>
    </message>
    <message>
        <source>Step 4 of 4: check and make the correction</source>
        <translation>Шаг 4 из 4: проверьте и проведите коррекцию</translation>
    </message>
    <message>
        <source>The registrar prints the correction receipt; it goes to the tax office as it is.</source>
        <translation>ФР напечатает чек коррекции; в налоговую он уйдёт в таком виде.</translation>
    </message>
    <message>
        <source>Type the name of the item.</source>
        <translation>Введите наименование.</translation>
    </message>
    <message>
        <source>Type the price in roubles, for example 149.90.</source>
        <translation>Введите цену в рублях, например 149,90.</translation>
    </message>
    <message>
        <source>Type the quantity, for example 1 or 0.5.</source>
        <translation>Введите количество, например 1 или 0,5.</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Итог: %1</translation>
    </message>
    <message>
        <source>To pay: %1</source>
        <translation>К оплате: %1</translation>
    </message>
    <message>
        <source>By order No. %1</source>
        <translation>По предписанию № %1</translation>
    </message>
    <message>
        <source>Self-initiated correction</source>
        <translation>Коррекция по собственной инициативе</translation>
    </message>
    <message>
        <source>Calculation sign: %1</source>
        <translation>Признак расчёта: %1</translation>
    </message>
    <message>
        <source>Date of the settlement: %1</source>
        <translation>Дата расчёта: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A correction by order needs the order number.</source>
        <translation>Для коррекции по предписанию нужен номер предписания.</translation>
    </message>
    <message>
        <source>Add at least one line.</source>
        <translation>Добавьте хотя бы одну строку.</translation>
    </message>
    <message>
        <source>Type the amounts in roubles, for example 149.90.</source>
        <translation>Введите суммы в рублях, например 149,90.</translation>
    </message>
    <message>
        <source>The payments make %1, the total is %2.</source>
        <translation>Оплаты дают %1, а итог — %2.</translation>
    </message>
</context>
<context>
    <name>ui::CustomerDisplayWindow</name>
    <message>
        <source>Customer display</source>
        <translation>Дисплей покупателя</translation>
    </message>
    <message>
        <source>Scan the code with your bank's app to pay through the Faster Payments System</source>
        <translation>Отсканируйте код в приложении своего банка, чтобы оплатить через СБП</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>Добро пожаловать!</translation>
    </message>
    <message>
        <source>%1 %2 × %3 = %4</source>
        <translation>%1 %2 × %3 = %4</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>К оплате</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Paid %1, change %2</source>
        <translation>Оплачено %1, сдача %2</translation>
    </message>
</context>
<context>
    <name>ui::DetailsDialog</name>
    <message>
        <source>Comment and e-receipt</source>
        <translation>Комментарий и электронный чек</translation>
    </message>
    <message>
        <source>+7 900 123-45-67 or name@example.ru</source>
        <translation>+7 900 123-45-67 или name@example.ru</translation>
    </message>
    <message>
        <source>Buyer's phone or e-mail:</source>
        <translation>Телефон или e-mail покупателя:</translation>
    </message>
    <message>
        <source>The registrar sends the electronic receipt there through the OFD.</source>
        <translation>ФР отправит туда электронный чек через ОФД.</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Комментарий:</translation>
    </message>
</context>
<context>
    <name>ui::DeviceBadge</name>
    <message>
        <source>Registrar: not connected</source>
        <translation>ФР: не подключён</translation>
    </message>
    <message>
        <source>Choose the registrar port in Settings → Fiscal registrar.</source>
        <translation>Выберите порт ФР: Настройки → Фискальный регистратор.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>Registrar: no link</source>
        <translation>ФР: нет связи</translation>
    </message>
    <message>
        <source>Registrar: online</source>
        <translation>ФР: на связи</translation>
    </message>
    <message>
        <source>shift %1 of 24 h</source>
        <translation>смена %1 из 24 ч</translation>
    </message>
    <message>
        <source>shift over 24 h</source>
        <translation>смена больше 24 ч</translation>
    </message>
    <message>
        <source>shift closed</source>
        <translation>смена закрыта</translation>
    </message>
    <message>
        <source>FN: %1 days</source>
        <translation>ФН: %1 дн.</translation>
    </message>
    <message>
        <source>OFD: %1 unsent</source>
        <translation>ОФД: не отправлено %1</translation>
    </message>
    <message>
        <source>no paper</source>
        <translation>нет бумаги</translation>
    </message>
    <message>
        <source>A receipt was not printed to the end: press “Continue printing”.</source>
        <translation>Чек напечатан не до конца: нажмите «Продолжить печать».</translation>
    </message>
    <message>
        <source>%1 document(s) need attention</source>
        <translation>документов требуют внимания: %1</translation>
    </message>
</context>
<context>
    <name>ui::FiscalProgress</name>
    <message>
        <source>Continue printing</source>
        <translation>Продолжить печать</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Sending to the registrar…</source>
        <translation>Отправка в ФР…</translation>
    </message>
    <message>
        <source>No registrar is connected. The document is saved in the journal and will be sent once the registrar is set up in Settings.</source>
        <translation>ФР не подключён. Документ сохранён в журнале и будет отправлен, когда ФР настроят в «Настройках».</translation>
    </message>
    <message>
        <source>The registrar is printing the document…</source>
        <translation>ФР печатает документ…</translation>
    </message>
    <message>
        <source>Done: fiscal document %1.</source>
        <translation>Готово: фискальный документ № %1.</translation>
    </message>
    <message>
        <source>Done: the registrar printed it.</source>
        <translation>Готово: ФР напечатал документ.</translation>
    </message>
    <message>
        <source>The registrar refused the document.</source>
        <translation>ФР отклонил документ.</translation>
    </message>
    <message>
        <source>The document stays in the journal.</source>
        <translation>Документ остаётся в журнале.</translation>
    </message>
    <message>
        <source>The X report could not be queued.</source>
        <translation>X-отчёт не удалось поставить в очередь.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Готово.</translation>
    </message>
    <message>
        <source>The registrar is not ready. Check its power and cable, then try again.</source>
        <translation>ФР не готов. Проверьте питание и кабель и повторите.</translation>
    </message>
    <message>
        <source>The document is kept in the journal and goes out as soon as the registrar answers.</source>
        <translation>Документ сохранён в журнале и будет отправлен, как только ФР ответит.</translation>
    </message>
</context>
<context>
    <name>ui::FnInfoDialog</name>
    <message>
        <source>Registrar and FN</source>
        <translation>ФР и ФН</translation>
    </message>
    <message>
        <source>F5 Refresh</source>
        <translation>F5 Обновить</translation>
    </message>
    <message>
        <source>Esc Close</source>
        <translation>Esc Закрыть</translation>
    </message>
    <message>
        <source>Registrar</source>
        <translation>ФР</translation>
    </message>
    <message>
        <source>on line</source>
        <translation>на связи</translation>
    </message>
    <message>
        <source>no link</source>
        <translation>нет связи</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>не подключён</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Model / serial No.</source>
        <translation>Модель / заводской №</translation>
    </message>
    <message>
        <source>not reported by the registrar</source>
        <translation>ФР не сообщает</translation>
    </message>
    <message>
        <source>FN number</source>
        <translation>Номер ФН</translation>
    </message>
    <message>
        <source>FN valid until</source>
        <translation>ФН действует до</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Осталось дней</translation>
    </message>
    <message>
        <source>Last FD</source>
        <translation>Последний ФД</translation>
    </message>
    <message>
        <source>Not sent to the OFD</source>
        <translation>Не отправлено в ОФД</translation>
    </message>
    <message>
        <source>Oldest unsent</source>
        <translation>Самый старый неотправленный</translation>
    </message>
    <message>
        <source>open, %1 of 24 h</source>
        <translation>открыта, %1 из 24 ч</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыта</translation>
    </message>
    <message>
        <source>over 24 hours: close it with the Z report</source>
        <translation>больше 24 часов: закройте её Z-отчётом</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Смена</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>waiting %1, need attention %2, failed %3</source>
        <translation>ждут %1, требуют внимания %2, с ошибкой %3</translation>
    </message>
    <message>
        <source>FN status</source>
        <translation>Состояние ФН</translation>
    </message>
    <message>
        <source>No registrar is connected: set it up in Settings.</source>
        <translation>ФР не подключён: настройте его в «Настройках».</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>читаю…</translation>
    </message>
    <message>
        <source>%1, serial No. %2</source>
        <translation>%1, зав. № %2</translation>
    </message>
</context>
<context>
    <name>ui::FreeItemDialog</name>
    <message>
        <source>Item at a free price</source>
        <translation>Товар по свободной цене</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Работа</translation>
    </message>
    <message>
        <source>What is sold:</source>
        <translation>Предмет расчёта:</translation>
    </message>
    <message>
        <source>VAT:</source>
        <translation>НДС:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Единица:</translation>
    </message>
    <message>
        <source>Price, ₽:</source>
        <translation>Цена, ₽:</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Количество:</translation>
    </message>
    <message>
        <source>Enter the name of the item.</source>
        <translation>Введите название товара.</translation>
    </message>
    <message>
        <source>Enter the price in roubles, e.g. 150 or 150,50.</source>
        <translation>Введите цену в рублях, например 150 или 150,50.</translation>
    </message>
    <message>
        <source>Enter the quantity, e.g. 1 or 0,5.</source>
        <translation>Введите количество, например 1 или 0,5.</translation>
    </message>
</context>
<context>
    <name>ui::ImportPage</name>
    <message>
        <source>Catalog import</source>
        <translation>Загрузка каталога</translation>
    </message>
    <message>
        <source>A CSV file with a header row: article, name, price, unit, vat, barcodes, category, subject, country, marked, marking_type, weighted, description. Products with a known article are updated, others are added.</source>
        <translation>Файл CSV со строкой заголовков: article, name, price, unit, vat, barcodes, category, subject, country, marked, marking_type, weighted, description. Товары с известным артикулом обновляются, остальные добавляются.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Файл для загрузки</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Загрузить</translation>
    </message>
    <message>
        <source>Import the good rows only</source>
        <translation>Загрузить только верные строки</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Why the row was rejected</source>
        <translation>Почему строка отклонена</translation>
    </message>
    <message>
        <source>Choose the catalog file</source>
        <translation>Выберите файл каталога</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose the file to import first.</source>
        <translation>Сначала выберите файл для загрузки.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>The import was cancelled: the catalog is unchanged.</source>
        <translation>Загрузка отменена: каталог не изменён.</translation>
    </message>
    <message>
        <source>Imported %1 rows: %2 products added, %3 updated.</source>
        <translation>Загружено строк: %1. Добавлено товаров: %2, обновлено: %3.</translation>
    </message>
    <message>
        <source>Rows read: %1, rejected: %2. Nothing was imported: the catalog changes only when every row is good.</source>
        <translation>Прочитано строк: %1, отклонено: %2. Ничего не загружено: каталог меняется, только когда все строки верны.</translation>
    </message>
    <message>
        <source>Fix the rejected rows in the file and import it again, or import the good rows only.</source>
        <translation>Исправьте отклонённые строки в файле и загрузите его снова или загрузите только верные строки.</translation>
    </message>
</context>
<context>
    <name>ui::JournalDetailsDialog</name>
    <message>
        <source>%1 No. %2</source>
        <translation>%1 № %2</translation>
    </message>
    <message>
        <source>%1 No. %2 · %3</source>
        <translation>%1 № %2 · %3</translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation>Закрыт:</translation>
    </message>
    <message>
        <source>Cashier:</source>
        <translation>Кассир:</translation>
    </message>
    <message>
        <source>Shift:</source>
        <translation>Смена:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>FN:</source>
        <translation>ФН:</translation>
    </message>
    <message>
        <source>FD number:</source>
        <translation>Номер ФД:</translation>
    </message>
    <message>
        <source>Fiscal sign:</source>
        <translation>Фискальный признак:</translation>
    </message>
    <message>
        <source>Registrar shift / receipt:</source>
        <translation>Смена / чек в ФР:</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>not fiscalised yet</source>
        <translation>ещё не фискализирован</translation>
    </message>
    <message>
        <source>Buyer contact:</source>
        <translation>Контакт покупателя:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Комментарий:</translation>
    </message>
    <message>
        <source>Correction:</source>
        <translation>Коррекция:</translation>
    </message>
    <message>
        <source>by order No. %1</source>
        <translation>по предписанию № %1</translation>
    </message>
    <message>
        <source>self-initiated</source>
        <translation>самостоятельно</translation>
    </message>
    <message>
        <source>Basis date:</source>
        <translation>Дата расчёта:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>НДС</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(handed over %1, change %2)</source>
        <translation>(получено %1, сдача %2)</translation>
    </message>
    <message>
        <source>Payments: %1</source>
        <translation>Оплата: %1</translation>
    </message>
    <message>
        <source>F5 Return</source>
        <translation>F5 Возврат</translation>
    </message>
    <message>
        <source>F6 Copy</source>
        <translation>F6 КОПИЯ</translation>
    </message>
    <message>
        <source>Esc Close</source>
        <translation>Esc Закрыть</translation>
    </message>
    <message>
        <source>F9 Card slip</source>
        <translation>F9 Слип карты</translation>
    </message>
</context>
<context>
    <name>ui::JournalScreen</name>
    <message>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>All cashiers</source>
        <translation>Все кассиры</translation>
    </message>
    <message>
        <source>from, ₽</source>
        <translation>от, ₽</translation>
    </message>
    <message>
        <source>to, ₽</source>
        <translation>до, ₽</translation>
    </message>
    <message>
        <source>Any payment</source>
        <translation>Любая оплата</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Все документы</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Возвраты</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Коррекции</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Даты:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Сумма:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробно</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>КОПИЯ</translation>
    </message>
    <message>
        <source>Correction receipt</source>
        <translation>Чек коррекции</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Choose a document: Enter shows the details.</source>
        <translation>Выберите документ: Enter — подробности.</translation>
    </message>
    <message>
        <source>“%1” is not an amount: type roubles, for example 500 or 149.90.</source>
        <translation>«%1» — не сумма: введите рубли, например 500 или 149,90.</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>Документов: %1</translation>
    </message>
    <message>
        <source>Return of sale No. %1</source>
        <translation>Возврат продажи № %1</translation>
    </message>
    <message>
        <source>Only a sale can be returned; choose the sale itself.</source>
        <translation>Вернуть можно только продажу; выберите саму продажу.</translation>
    </message>
    <message>
        <source>%1 Ask an administrator to sign in.</source>
        <translation>%1 Попросите войти администратора.</translation>
    </message>
    <message>
        <source>Everything in this sale has already been returned.</source>
        <translation>Всё из этой продажи уже возвращено.</translation>
    </message>
    <message>
        <source>Copy of No. %1</source>
        <translation>КОПИЯ чека № %1</translation>
    </message>
    <message>
        <source>No registrar is connected: set it up in Settings.</source>
        <translation>ФР не подключён: настройте его в «Настройках».</translation>
    </message>
    <message>
        <source>Give up</source>
        <translation>Отказаться</translation>
    </message>
    <message>
        <source>Give up No. %1</source>
        <translation>Отказ от чека № %1</translation>
    </message>
    <message>
        <source>The receipt is given up: the till will not send it again.</source>
        <translation>От чека отказались: касса больше не будет его отправлять.</translation>
    </message>
    <message>
        <source>Card slip of No. %1</source>
        <translation>Слип к документу № %1</translation>
    </message>
    <message>
        <source>No card slip is stored with this document.</source>
        <translation>С этим документом не сохранено слипов карты.</translation>
    </message>
</context>
<context>
    <name>ui::LoginPage</name>
    <message>
        <source>Who is at the till?</source>
        <translation>Кто за кассой?</translation>
    </message>
    <message>
        <source>Choose your name on the left first.</source>
        <translation>Сначала выберите себя в списке слева.</translation>
    </message>
</context>
<context>
    <name>ui::LoginScreen</name>
    <message>
        <source>Enter your PIN</source>
        <translation>Введите PIN-код</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>The PIN has %1 digits</source>
        <translation>PIN-код состоит из %1 цифр</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>Слишком много неверных PIN-кодов. Повторите через %1 с.</translation>
    </message>
    <message>
        <source>↑↓ or the first letters of a name choose the person on the left</source>
        <translation>↑↓ или первые буквы имени — выбор сотрудника слева</translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <source>Prilavok — cashier workstation</source>
        <translation>Прилавок — рабочее место кассира</translation>
    </message>
    <message>
        <source>Demo mode: nothing is fiscal and nothing is kept</source>
        <translation>Демо-режим: чеки не фискальные, данные не сохраняются</translation>
    </message>
    <message>
        <source>&amp;Sale</source>
        <translation>&amp;Продажа</translation>
    </message>
    <message>
        <source>Se&amp;rvice</source>
        <translation>&amp;Сервис</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Спр&amp;авка</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Prilavok</source>
        <translation>Прилавок</translation>
    </message>
    <message>
        <source>Cashier workstation, version %1</source>
        <translation>Рабочее место кассира, версия %1</translation>
    </message>
    <message>
        <source>Demo mode: a throwaway database</source>
        <translation>Демо-режим: временная база данных</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <source>Shift over 24 hours</source>
        <translation>Смена больше 24 часов</translation>
    </message>
    <message>
        <source>Change cashier</source>
        <translation>Сменить кассира</translation>
    </message>
    <message>
        <source>Close the shift with the Z-report (Service menu) before selling.</source>
        <translation>Закройте смену Z-отчётом (меню «Сервис»), прежде чем продавать.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Fiscal registrar</source>
        <translation>Фискальный регистратор</translation>
    </message>
    <message>
        <source>The registrar connection changed to %1. Restart Prilavok now to use it?</source>
        <translation>Подключение ФР изменено на %1. Перезапустить Прилавок сейчас, чтобы его использовать?</translation>
    </message>
    <message>
        <source>Cloud cabinet</source>
        <translation>Облачный кабинет</translation>
    </message>
    <message>
        <source>The demo shop does not sync with a cabinet.</source>
        <translation>Демо-магазин не синхронизируется с кабинетом.</translation>
    </message>
    <message>
        <source>Receipt journal</source>
        <translation>Журнал чеков</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <source>Cloud cabinet…</source>
        <translation>Облачный кабинет…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
</context>
<context>
    <name>ui::OpenSalesDialog</name>
    <message>
        <source>Open sales</source>
        <translation>Открытые чеки</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начат</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Позиций</translation>
    </message>
    <message>
        <source>First item</source>
        <translation>Первый товар</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>No sales are put aside.</source>
        <translation>Отложенных чеков нет.</translation>
    </message>
</context>
<context>
    <name>ui::OperationDialog</name>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>ui::MarkingPage</name>
    <message>
        <source>the check address's port</source>
        <translation>тот же, что у проверки</translation>
    </message>
    <message>
        <source>The module answers «Check the connection» on its information port, 51077 unless its technician changed it.</source>
        <translation>На «Проверить связь» модуль отвечает через порт информации: 51077, если его не изменил техник.</translation>
    </message>
    <message>
        <source>Information port:</source>
        <translation>Порт информации:</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Забыть</translation>
    </message>
    <message>
        <source>Remove the saved secret when the settings are saved.</source>
        <translation>Удалить сохранённый секрет при сохранении настроек.</translation>
    </message>
    <message>
        <source>will be removed on saving</source>
        <translation>будет удалён при сохранении</translation>
    </message>
    <message>
        <source>from 200 to 1500 ms: the law lets the till wait 1.5 s at most</source>
        <translation>от 200 до 1500 мс: по закону касса ждёт не дольше 1,5 с</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> мс</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>Asking TS PIoT…</source>
        <translation>Запрос к ТС ПИоТ…</translation>
    </message>
    <message>
        <source>CA certificate file:</source>
        <translation>Файл сертификата УЦ:</translation>
    </message>
    <message>
        <source>CA certificate of TS PIoT</source>
        <translation>Сертификат УЦ для ТС ПИоТ</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Сертификаты (*.pem *.crt *.cer);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Check the codes through:</source>
        <translation>Проверять коды через:</translation>
    </message>
    <message>
        <source>Check the connection</source>
        <translation>Проверить связь</translation>
    </message>
    <message>
        <source>Chestny Znak directly + LM ChZ</source>
        <translation>Честный знак напрямую + ЛМ ЧЗ</translation>
    </message>
    <message>
        <source>Chestny Znak directly and the local module LM ChZ</source>
        <translation>Честный знак напрямую и локальный модуль ЛМ ЧЗ</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>LM ChZ address:</source>
        <translation>Адрес ЛМ ЧЗ:</translation>
    </message>
    <message>
        <source>LM ChZ login:</source>
        <translation>Логин ЛМ ЧЗ:</translation>
    </message>
    <message>
        <source>LM ChZ password:</source>
        <translation>Пароль ЛМ ЧЗ:</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Маркировка</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Not shown. Leave empty to keep the saved one; type a new one to replace it.</source>
        <translation>Не показывается. Оставьте поле пустым, чтобы сохранить прежнее значение, или введите новое.</translation>
    </message>
    <message>
        <source>Product group</source>
        <translation>Товарная группа</translation>
    </message>
    <message>
        <source>Program's client id:</source>
        <translation>Идентификатор клиента программы:</translation>
    </message>
    <message>
        <source>Program's client token:</source>
        <translation>Токен клиента программы:</translation>
    </message>
    <message>
        <source>Refuse without an answer</source>
        <translation>Отказывать без ответа</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>TS PIoT</source>
        <translation>ТС ПИоТ</translation>
    </message>
    <message>
        <source>The code is sold without a check, with a note on the receipt line. In the groups ticked here the sale is refused instead.</source>
        <translation>Без ответа код продаётся без проверки, с пометкой в строке чека. В отмеченных здесь группах продажа вместо этого запрещается.</translation>
    </message>
    <message>
        <source>The marking settings are saved; the next scanned code is checked with them.</source>
        <translation>Настройки маркировки сохранены; следующий код проверяется уже по ним.</translation>
    </message>
    <message>
        <source>These settings come from the cloud cabinet; change them there.</source>
        <translation>Настройки получены из кабинета; изменить их можно только там.</translation>
    </message>
    <message>
        <source>Token for Chestny Znak:</source>
        <translation>Токен для работы с Честным Знаком:</translation>
    </message>
    <message>
        <source>Wait for the answer at most:</source>
        <translation>Ждать ответа не дольше:</translation>
    </message>
    <message>
        <source>When Chestny Znak does not answer in time</source>
        <translation>Если Честный знак не ответил вовремя</translation>
    </message>
    <message>
        <source>empty: the system's certificate authorities</source>
        <translation>пусто — сертификаты УЦ системы</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задан</translation>
    </message>
    <message>
        <source>set</source>
        <translation>задан</translation>
    </message>
</context>
<context>
    <name>ui::PackPiecesDialog</name>
    <message>
        <source>Sell by the piece</source>
        <translation>Продажа поштучно</translation>
    </message>
    <message>
        <source>Type how many pieces to sell, then scan the marking code of the pack.</source>
        <translation>Введите, сколько штук продать, затем отсканируйте код маркировки пачки.</translation>
    </message>
    <message>
        <source>Pieces:</source>
        <translation>Штук:</translation>
    </message>
    <message>
        <source>Scan the pack</source>
        <translation>Отсканируйте пачку</translation>
    </message>
    <message>
        <source>Marking code of the pack:</source>
        <translation>Код маркировки пачки:</translation>
    </message>
</context>
<context>
    <name>ui::PaymentDialog</name>
    <message>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>SBP</source>
        <translation>СБП</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Получено:</translation>
    </message>
    <message>
        <source>amount, ₽</source>
        <translation>сумма, ₽</translation>
    </message>
    <message>
        <source>Cash  F5</source>
        <translation>Наличные  F5</translation>
    </message>
    <message>
        <source>Card  F6</source>
        <translation>Карта  F6</translation>
    </message>
    <message>
        <source>SBP  F7</source>
        <translation>СБП  F7</translation>
    </message>
    <message>
        <source>Continue printing</source>
        <translation>Продолжить печать</translation>
    </message>
    <message>
        <source>Print again  F5</source>
        <translation>Печатать снова  F5</translation>
    </message>
    <message>
        <source>Print later, next buyer  Esc</source>
        <translation>Напечатать позже, следующий покупатель  Esc</translation>
    </message>
    <message>
        <source>No receipt can be printed until the fiscal drive is replaced: stop selling. This sale's receipt stays in the journal; print it from there after the replacement.</source>
        <translation>Пока ФН не заменён, чеки не печатаются: остановите продажи. Чек этой продажи остаётся в журнале, напечатайте его оттуда после замены.</translation>
    </message>
    <message>
        <source>This sale's receipt stays in the journal.</source>
        <translation>Чек этой продажи остаётся в журнале.</translation>
    </message>
    <message>
        <source>Keep the receipt in the journal  Esc</source>
        <translation>Оставить чек в журнале  Esc</translation>
    </message>
    <message>
        <source>Printing the receipt…</source>
        <translation>Печать чека…</translation>
    </message>
    <message>
        <source>To pay: %1 ₽</source>
        <translation>К оплате: %1 ₽</translation>
    </message>
    <message>
        <source>Left to pay: %1 ₽</source>
        <translation>Осталось оплатить: %1 ₽</translation>
    </message>
    <message>
        <source>Change: %1 ₽</source>
        <translation>Сдача: %1 ₽</translation>
    </message>
    <message>
        <source>"%1" is not an amount. Type it like 1500 or 1500,50.</source>
        <translation>«%1» — не сумма. Введите, например, 1500 или 1500,50.</translation>
    </message>
    <message>
        <source>A card or SBP payment cannot exceed what is left to pay (%1 ₽).</source>
        <translation>Оплата картой или по СБП не может быть больше остатка (%1 ₽).</translation>
    </message>
    <message>
        <source> (received %1, change %2)</source>
        <translation> (получено %1, сдача %2)</translation>
    </message>
    <message>
        <source>Card payment</source>
        <translation>Оплата картой</translation>
    </message>
    <message>
        <source>Run %1 ₽ on the card terminal. Did the terminal approve the payment?</source>
        <translation>Проведите %1 ₽ на банковском терминале. Терминал одобрил оплату?</translation>
    </message>
    <message>
        <source>Card payment of %1 ₽: follow the terminal.</source>
        <translation>Оплата картой %1 ₽: следуйте указаниям терминала.</translation>
    </message>
    <message>
        <source>Card payment approved (%1).</source>
        <translation>Оплата картой одобрена (%1).</translation>
    </message>
    <message>
        <source>SBP is not set up at this till. Choose another way to pay.</source>
        <translation>СБП на этой кассе не настроена. Выберите другой способ оплаты.</translation>
    </message>
    <message>
        <source>Creating the SBP QR code…</source>
        <translation>Создаётся QR-код СБП…</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Покупка</translation>
    </message>
    <message>
        <source>Ask the buyer to scan the QR code with a banking app (%1 ₽).</source>
        <translation>Попросите покупателя отсканировать QR‑код в банковском приложении (%1 ₽).</translation>
    </message>
    <message>
        <source>SBP payment received.</source>
        <translation>Оплата по СБП получена.</translation>
    </message>
    <message>
        <source>The sale is paid and saved, but the receipt did not print.</source>
        <translation>Продажа оплачена и сохранена, но чек не напечатан.</translation>
    </message>
    <message>
        <source>A card payment approved before the restart counts for this sale (%1 ₽).</source>
        <translation>Оплата картой, одобренная до перезапуска, засчитана в этот чек (%1 ₽).</translation>
    </message>
    <message>
        <source>The card payment was cancelled on the terminal. No money was taken. Try again or choose another way to pay.</source>
        <translation>Оплата отменена на терминале. Деньги не списаны. Повторите или выберите другой способ оплаты.</translation>
    </message>
    <message>
        <source>The bank declined the card payment (code %1: %2). No money was taken. Ask for another card or choose another way to pay.</source>
        <translation>Банк отклонил оплату картой (код %1: %2). Деньги не списаны. Попросите другую карту или выберите другой способ оплаты.</translation>
    </message>
    <message>
        <source>The card payment did not go through: %1</source>
        <translation>Оплата картой не прошла: %1</translation>
    </message>
    <message>
        <source>The terminal's answer was lost and its report does not tell either.</source>
        <translation>Ответ терминала потерян, и по его отчёту тоже не понять, чем кончилась операция.</translation>
    </message>
    <message>
        <source>Card payment: answer lost</source>
        <translation>Оплата картой: ответ потерян</translation>
    </message>
    <message>
        <source>Yes: the terminal's slip says APPROVED, the payment counts. No: it was not approved, no money was taken.</source>
        <translation>«Да» — на слипе терминала «ОДОБРЕНО», оплата засчитывается. «Нет» — не одобрено, деньги не списаны.</translation>
    </message>
    <message>
        <source>The SBP payment started before the restart (%1 ₽) was not paid: %2</source>
        <translation>Оплата через СБП, начатая до перезапуска (%1 ₽), не прошла: %2</translation>
    </message>
    <message>
        <source>An SBP payment received before the restart counts for this sale (%1 ₽).</source>
        <translation>Оплата через СБП, полученная до перезапуска, засчитана в эту продажу (%1 ₽).</translation>
    </message>
    <message>
        <source>SBP payment: no answer from the bank</source>
        <translation>Оплата через СБП: банк не ответил</translation>
    </message>
    <message>
        <source>Yes: the buyer's banking app shows the payment done, it counts. No: it was not paid.</source>
        <translation>Да: в банковском приложении покупателя платёж выполнен, он засчитывается. Нет: оплаты не было.</translation>
    </message>
</context>
<context>
    <name>ui::ProductSearchDialog</name>
    <message>
        <source>Find a product</source>
        <translation>Поиск товара</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>↑↓ choose · Enter add · Esc back</source>
        <translation>↑↓ выбор · Enter добавить · Esc назад</translation>
    </message>
    <message>
        <source>Any word of the name, the article or the barcode</source>
        <translation>Любое слово названия, артикул или штрихкод</translation>
    </message>
</context>
<context>
    <name>ui::ReceiptPage</name>
    <message>
        <source>Receipt texts</source>
        <translation>Тексты чека</translation>
    </message>
    <message>
        <source>Store name:</source>
        <translation>Название магазина:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Footer (advertising line):</source>
        <translation>Подвал чека (рекламная строка):</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> символов</translation>
    </message>
    <message>
        <source>Tape width:</source>
        <translation>Ширина ленты:</translation>
    </message>
    <message>
        <source>57 mm paper holds 32 characters a line, 80 mm paper 42 to 48.</source>
        <translation>На ленте 57 мм помещается 32 символа в строке, на ленте 80 мм — от 42 до 48.</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Печатать чек</translation>
    </message>
    <message>
        <source>Off: a buyer who leaves a phone or e-mail gets the receipt there only, nothing is printed. Without one the receipt is printed all the same.</source>
        <translation>Выключено: покупатель, оставивший телефон или e-mail, получает чек только туда, ничего не печатается. Без них чек печатается как обычно.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Sample receipt:</source>
        <translation>Образец чека:</translation>
    </message>
    <message>
        <source>Saved, but the registrar prints %1 header lines and these take %2: shorten the name, address or phone.</source>
        <translation>Сохранено, но регистратор печатает строк шапки: %1, а здесь их %2. Сократите название, адрес или телефон.</translation>
    </message>
    <message>
        <source>Saved, but the registrar prints %1 footer lines and this one takes %2: shorten the footer.</source>
        <translation>Сохранено, но регистратор печатает строк подвала: %1, а здесь их %2. Сократите подвал.</translation>
    </message>
    <message>
        <source>The receipt texts are saved and go to the registrar.</source>
        <translation>Тексты чека сохранены и будут записаны в регистратор.</translation>
    </message>
</context>
<context>
    <name>ui::RegistrarPage</name>
    <message>
        <source>Fiscal registrar</source>
        <translation>Фискальный регистратор</translation>
    </message>
    <message>
        <source>COM port (USB or RS-232)</source>
        <translation>COM-порт (USB или RS-232)</translation>
    </message>
    <message>
        <source>Network (TCP)</source>
        <translation>Сеть (TCP)</translation>
    </message>
    <message>
        <source>COM port</source>
        <translation>COM-порт</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <source>Baud rate:</source>
        <translation>Скорость обмена:</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>IP address or host:</source>
        <translation>IP-адрес или имя хоста:</translation>
    </message>
    <message>
        <source>TCP port:</source>
        <translation>TCP-порт:</translation>
    </message>
    <message>
        <source>Operator password:</source>
        <translation>Пароль оператора:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> мс</translation>
    </message>
    <message>
        <source>Connection timeout:</source>
        <translation>Тайм-аут подключения:</translation>
    </message>
    <message>
        <source>Answer timeout:</source>
        <translation>Тайм-аут ответа:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Проверка связи с ФР</translation>
    </message>
    <message>
        <source>Find registrar</source>
        <translation>Найти ФР</translation>
    </message>
    <message>
        <source>Print test slip</source>
        <translation>Печатать чек</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Trying %1 …</source>
        <translation>Проверяется %1 …</translation>
    </message>
    <message>
        <source>Serial number: %1</source>
        <translation>Серийный номер: %1</translation>
    </message>
    <message>
        <source>No COM ports found. Connect the registrar, switch it on and press “Refresh”, or type the port name.</source>
        <translation>COM-порты не найдены. Подключите ФР, включите его и нажмите «Обновить» или введите имя порта.</translation>
    </message>
    <message>
        <source>Ports found on this computer: %1.</source>
        <translation>Портов на этом компьютере: %1.</translation>
    </message>
    <message>
        <source>A port typed by hand: it is not in the list of this computer.</source>
        <translation>Порт введён вручную: его нет в списке портов этого компьютера.</translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message>
        <source>Connecting to %1 …</source>
        <translation>Подключение к %1 …</translation>
    </message>
    <message>
        <source>There are no COM ports to search: connect the registrar and press “Refresh”.</source>
        <translation>Нет COM-портов для поиска: подключите ФР и нажмите «Обновить».</translation>
    </message>
    <message>
        <source>The registrar is connected.</source>
        <translation>Устройство подключено успешно.</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Модель:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Заводской номер:</translation>
    </message>
    <message>
        <source>FN number:</source>
        <translation>Номер ФН:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Режим:</translation>
    </message>
    <message>
        <source>Shift:</source>
        <translation>Смена:</translation>
    </message>
    <message>
        <source>Read through the till's own connection: the till is working with this registrar.</source>
        <translation>Прочитано через подключение кассы: касса сейчас работает с этим ФР.</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Подключено: %1</translation>
    </message>
    <message>
        <source>The search was cancelled.</source>
        <translation>Поиск отменён.</translation>
    </message>
    <message>
        <source>No registrar answered on any port at any speed: check that it is switched on and connected, then search again.</source>
        <translation>Ни на одном порту и ни на одной скорости ФР не ответил: проверьте, что он включён и подключён, и повторите поиск.</translation>
    </message>
    <message>
        <source>Found a registrar on %1 at %2 baud. Press “Save” to use it.</source>
        <translation>ФР найден на порту %1, скорость %2. Нажмите «Сохранить», чтобы работать с ним.</translation>
    </message>
</context>
<context>
    <name>ui::ReturnDialog</name>
    <message>
        <source>Checking the marking codes with Chestny Znak…</source>
        <translation>Проверка кодов маркировки в Честном знаке…</translation>
    </message>
    <message>
        <source>Return of sale No. %1</source>
        <translation>Возврат продажи № %1</translation>
    </message>
    <message>
        <source>Sale No. %1 of %2 · %3</source>
        <translation>Продажа № %1 от %2 · %3</translation>
    </message>
    <message>
        <source>Type the quantity to return on each line. Space returns the whole line, F3 the whole sale; Enter confirms.</source>
        <translation>Введите количество к возврату в каждой строке. Пробел — вся строка, F3 — вся продажа; Enter — подтвердить.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Продано</translation>
    </message>
    <message>
        <source>Left to return</source>
        <translation>Можно вернуть</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>To return</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>К выплате</translation>
    </message>
    <message>
        <source>F3 Return everything</source>
        <translation>F3 Вернуть всё</translation>
    </message>
    <message>
        <source>Enter Make the return</source>
        <translation>Enter Оформить возврат</translation>
    </message>
    <message>
        <source>Esc Cancel</source>
        <translation>Esc Отмена</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a quantity.</source>
        <translation>Строка %1: «%2» — не количество.</translation>
    </message>
    <message>
        <source>Line %1: only %2 left to return.</source>
        <translation>Строка %1: можно вернуть не больше %2.</translation>
    </message>
    <message>
        <source>Refund: %1</source>
        <translation>К выплате: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Paid back: %1</source>
        <translation>Вернуть покупателю: %1</translation>
    </message>
    <message>
        <source>Choose at least one line to return.</source>
        <translation>Выберите хотя бы одну строку для возврата.</translation>
    </message>
    <message>
        <source>The money is already back on the card: make the return with Enter so the receipt matches it.</source>
        <translation>Деньги уже вернулись на карту: оформите возврат клавишей Enter, чтобы чек совпал с ними.</translation>
    </message>
    <message>
        <source>%1 back to the card %2: follow the terminal.</source>
        <translation>Возврат %1 на карту %2: следуйте указаниям терминала.</translation>
    </message>
    <message>
        <source>The card payment is cancelled: %1 is back on the card.</source>
        <translation>Оплата картой отменена: %1 вернулись на карту.</translation>
    </message>
    <message>
        <source>Refunded to the card: %1.</source>
        <translation>Возвращено на карту: %1.</translation>
    </message>
    <message>
        <source>The bank did not give the money back to the card: %1 Press Enter to try again, or Esc to leave the return for now.</source>
        <translation>Банк не вернул деньги на карту: %1 Нажмите Enter, чтобы повторить, или Esc, чтобы отложить возврат.</translation>
    </message>
    <message>
        <source>Refund to the card: answer lost</source>
        <translation>Возврат на карту: ответ потерян</translation>
    </message>
    <message>
        <source>Yes: the terminal's slip says APPROVED, the money is back on the card. No: it was not.</source>
        <translation>«Да» — на слипе терминала «ОДОБРЕНО», деньги вернулись на карту. «Нет» — не вернулись.</translation>
    </message>
    <message>
        <source>%1 back through SBP: waiting for the bank.</source>
        <translation>Возврат %1 через СБП: ждём ответа банка.</translation>
    </message>
    <message>
        <source>Refunded through SBP: %1.</source>
        <translation>Возвращено через СБП: %1.</translation>
    </message>
    <message>
        <source>The bank did not give the SBP payment back: %1 Press Enter to try again, or Esc to leave the return for now.</source>
        <translation>Банк не вернул оплату по СБП: %1 Нажмите Enter, чтобы повторить, или Esc, чтобы отложить возврат.</translation>
    </message>
</context>
<context>
    <name>ui::SaleScreen</name>
    <message>
        <source>Sell by the piece</source>
        <translation>Продажа поштучно</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>Free price</source>
        <translation>Свободная цена</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <source>Receipt discount</source>
        <translation>Скидка на чек</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Удалить позицию</translation>
    </message>
    <message>
        <source>Put aside</source>
        <translation>Отложить</translation>
    </message>
    <message>
        <source>Open sales</source>
        <translation>Открытые чеки</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Void sale</source>
        <translation>Аннулировать чек</translation>
    </message>
    <message>
        <source>Cart %1</source>
        <translation>Чек %1</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>Scan a barcode or type a name, article or barcode and press Enter</source>
        <translation>Отсканируйте штрихкод или введите название, артикул или штрихкод и нажмите Enter</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>ИТОГО</translation>
    </message>
    <message>
        <source>Payment  F5</source>
        <translation>Оплата  F5</translation>
    </message>
    <message>
        <source>nobody signed in</source>
        <translation>никто не вошёл</translation>
    </message>
    <message>
        <source>Cashier: %1</source>
        <translation>Кассир: %1</translation>
    </message>
    <message>
        <source>Shift closed</source>
        <translation>Смена закрыта</translation>
    </message>
    <message>
        <source>Shift %1 · %2:%3</source>
        <translation>Смена %1 · %2:%3</translation>
    </message>
    <message>
        <source>Lines: %1</source>
        <translation>Позиций: %1</translation>
    </message>
    <message>
        <source>Receipt discount: %1</source>
        <translation>Скидка на чек: %1</translation>
    </message>
    <message>
        <source>E-receipt to: %1</source>
        <translation>Электронный чек: %1</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Комментарий: %1</translation>
    </message>
    <message>
        <source>Checking the marking code…</source>
        <translation>Проверка кода маркировки…</translation>
    </message>
    <message>
        <source>Printing the receipt…</source>
        <translation>Печать чека…</translation>
    </message>
    <message>
        <source>The receipt did not print: %1</source>
        <translation>Чек не напечатан: %1</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Сдача: %1</translation>
    </message>
    <message>
        <source>Receipt %1 printed.</source>
        <translation>Чек %1 напечатан.</translation>
    </message>
    <message>
        <source>The receipt is empty.</source>
        <translation>Чек пуст.</translation>
    </message>
    <message>
        <source>Quantity of "%1":</source>
        <translation>Количество «%1»:</translation>
    </message>
    <message>
        <source>"%1" is not a quantity. Use up to three decimals, e.g. 1,25.</source>
        <translation>«%1» — не количество. Допустимо до трёх знаков после запятой, например 1,25.</translation>
    </message>
    <message>
        <source>New price of "%1":</source>
        <translation>Новая цена «%1»:</translation>
    </message>
    <message>
        <source>"%1" is not an amount in roubles.</source>
        <translation>«%1» — не сумма в рублях.</translation>
    </message>
    <message>
        <source>Discount on "%1" in roubles (or 10%):</source>
        <translation>Скидка на «%1» в рублях (или 10%):</translation>
    </message>
    <message>
        <source>"%1" is not a discount: type an amount or a percentage.</source>
        <translation>«%1» — не скидка: введите сумму или процент.</translation>
    </message>
    <message>
        <source>Discount on the whole receipt in roubles (or 10%):</source>
        <translation>Скидка на весь чек в рублях (или 10%):</translation>
    </message>
    <message>
        <source>Remove "%1" from the receipt?</source>
        <translation>Удалить «%1» из чека?</translation>
    </message>
    <message>
        <source>Wait for the marking code check to finish.</source>
        <translation>Дождитесь окончания проверки кода маркировки.</translation>
    </message>
    <message>
        <source>Void the whole sale?</source>
        <translation>Аннулировать весь чек?</translation>
    </message>
    <message>
        <source>"%1" is not a weight. Type kilograms, e.g. 0,450.</source>
        <translation>«%1» — не вес. Введите килограммы, например 0,450.</translation>
    </message>
    <message>
        <source>Checking the code in Chestny Znak…</source>
        <translation>Проверка в Честном знаке…</translation>
    </message>
</context>
<context>
    <name>ui::ScannerPage</name>
    <message>
        <source>USB scanner in keyboard mode</source>
        <translation>USB-сканер в режиме клавиатуры</translation>
    </message>
    <message>
        <source>Listen to a keyboard-mode scanner everywhere in the till</source>
        <translation>Принимать коды сканера в режиме клавиатуры на любом экране кассы</translation>
    </message>
    <message>
        <source>Prefix the scanner adds:</source>
        <translation>Префикс, который добавляет сканер:</translation>
    </message>
    <message>
        <source>Suffix the scanner adds:</source>
        <translation>Суффикс, который добавляет сканер:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> мс</translation>
    </message>
    <message>
        <source>Longest pause between keys:</source>
        <translation>Наибольшая пауза между символами:</translation>
    </message>
    <message>
        <source>Shortest code:</source>
        <translation>Наименьшая длина кода:</translation>
    </message>
    <message>
        <source>The scanner sends Enter or Tab after each code</source>
        <translation>Сканер отправляет Enter или Tab после каждого кода</translation>
    </message>
    <message>
        <source>Scanner on a COM port</source>
        <translation>Сканер на COM-порту</translation>
    </message>
    <message>
        <source>Use a COM-port scanner</source>
        <translation>Использовать сканер на COM-порту</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <source>Baud rate:</source>
        <translation>Скорость обмена:</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Click here and scan any barcode</source>
        <translation>Нажмите сюда и отсканируйте любой штрихкод</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Choose the COM port of the scanner, or switch the COM-port scanner off.</source>
        <translation>Выберите COM-порт сканера или отключите сканер на COM-порту.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>GTIN %1, serial %2</source>
        <translation>GTIN %1, серийный номер %2</translation>
    </message>
    <message>
        <source>Scanners and scale</source>
        <translation>Сканеры и весы</translation>
    </message>
    <message>
        <source>Scale on a COM port</source>
        <translation>Весы на COM-порту</translation>
    </message>
    <message>
        <source>Take the weight of goods sold by weight from the scale</source>
        <translation>Брать вес весового товара с весов</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Протокол:</translation>
    </message>
    <message>
        <source>The scale sends the weight by itself</source>
        <translation>Весы передают вес сами</translation>
    </message>
    <message>
        <source>The scale answers a request (ENQ, 05h)</source>
        <translation>Весы отвечают на запрос (ENQ, 05h)</translation>
    </message>
    <message>
        <source>Check connection</source>
        <translation>Проверка связи</translation>
    </message>
    <message>
        <source>Choose the COM port of the scale first.</source>
        <translation>Сначала выберите COM-порт весов.</translation>
    </message>
    <message>
        <source>Put something on the scale; weighing…</source>
        <translation>Положите товар на весы; взвешиваю…</translation>
    </message>
    <message>
        <source>The scale answers: %1 kg.</source>
        <translation>Весы на связи: %1 кг.</translation>
    </message>
    <message>
        <source>The scale answers. %1</source>
        <translation>Весы на связи. %1</translation>
    </message>
    <message>
        <source>The scanner and scale settings are saved.</source>
        <translation>Настройки сканеров и весов сохранены.</translation>
    </message>
</context>
<context>
    <name>ui::ServiceMenu</name>
    <message>
        <source>Open shift</source>
        <translation>Открыть смену</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>X-отчёт</translation>
    </message>
    <message>
        <source>Z report (close shift)…</source>
        <translation>Z-отчёт (закрыть смену)…</translation>
    </message>
    <message>
        <source>Cash in…</source>
        <translation>Внесение…</translation>
    </message>
    <message>
        <source>Cash out…</source>
        <translation>Изъятие…</translation>
    </message>
    <message>
        <source>Registrar and FN…</source>
        <translation>ФР и ФН…</translation>
    </message>
    <message>
        <source>Continue printing</source>
        <translation>Продолжить печать</translation>
    </message>
    <message>
        <source>Cancel stuck receipt</source>
        <translation>Аннулировать зависший чек</translation>
    </message>
    <message>
        <source>%1 Ask an administrator or the owner to sign in.</source>
        <translation>%1 Попросите войти администратора или владельца.</translation>
    </message>
    <message>
        <source>No registrar is connected: set it up in Settings.</source>
        <translation>ФР не подключён: настройте его в «Настройках».</translation>
    </message>
    <message>
        <source>Z report</source>
        <translation>Z-отчёт</translation>
    </message>
    <message>
        <source>No shift is open: there is nothing to close.</source>
        <translation>Смена не открыта: закрывать нечего.</translation>
    </message>
    <message>
        <source>The shift is already open.</source>
        <translation>Смена уже открыта.</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Изъятие</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Внесение</translation>
    </message>
    <message>
        <source>No shift is open. Open the shift first.</source>
        <translation>Смена не открыта. Сначала откройте смену.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Card terminal reconciliation</source>
        <translation>Сверка итогов</translation>
    </message>
    <message>
        <source>Close the shift anyway? The reconciliation can be repeated from the Service menu.</source>
        <translation>Всё равно закрыть смену? Сверку итогов можно повторить из сервисного меню.</translation>
    </message>
    <message>
        <source>No card terminal is set up at this till: reconcile on the terminal itself.</source>
        <translation>К этой кассе не подключён банковский терминал: сделайте сверку итогов на самом терминале.</translation>
    </message>
    <message>
        <source>The card terminal is reconciling with the bank…</source>
        <translation>Терминал проводит сверку итогов с банком…</translation>
    </message>
    <message>
        <source>The reconciliation is done: the terminal's batch is closed and the bank credits the day's card payments. Its report is printed.</source>
        <translation>Сверка итогов выполнена: операции терминала переданы в банк, банк зачислит оплаты картой за день. Отчёт напечатан.</translation>
    </message>
    <message>
        <source>The reconciliation failed: %1 Repeat it from the Service menu.</source>
        <translation>Сверка итогов не прошла: %1 Повторите её из сервисного меню.</translation>
    </message>
    <message>
        <source>Card and SBP transactions…</source>
        <translation>Операции по картам и СБП…</translation>
    </message>
    <message>
        <source>Close the shift now? The terminal's batch is already closed; the difference stays in the transactions journal.</source>
        <translation>Закрыть смену сейчас? Пакет терминала уже закрыт, расхождение сохранено в журнале операций по картам и СБП.</translation>
    </message>
</context>
<context>
    <name>ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>%1 Ask the owner or an administrator.</source>
        <translation>%1 Обратитесь к владельцу или администратору.</translation>
    </message>
    <message>
        <source>Settings are not allowed for %1: only the owner or an administrator may change them. Ask them to log in.</source>
        <translation>Настройки недоступны для роли «%1»: менять их может только владелец или администратор. Попросите его войти.</translation>
    </message>
</context>
<context>
    <name>ui::StaffPage</name>
    <message>
        <source>Employees</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Show deactivated employees</source>
        <translation>Показать отключённых сотрудников</translation>
    </message>
    <message>
        <source>Full name (printed on receipts):</source>
        <translation>ФИО (печатается на чеке):</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 цифр</translation>
    </message>
    <message>
        <source>New PIN:</source>
        <translation>Новый PIN-код:</translation>
    </message>
    <message>
        <source>Add employee</source>
        <translation>Добавить сотрудника</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Сохранить изменения</translation>
    </message>
    <message>
        <source>Set new PIN</source>
        <translation>Сменить PIN-код</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <source>active</source>
        <translation>работает</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>отключён</translation>
    </message>
    <message>
        <source>%1 is added. They log in with the PIN you set.</source>
        <translation>Сотрудник %1 добавлен. Он входит с заданным PIN-кодом.</translation>
    </message>
    <message>
        <source>Choose an employee in the list first.</source>
        <translation>Сначала выберите сотрудника в списке.</translation>
    </message>
    <message>
        <source>The changes are saved.</source>
        <translation>Изменения сохранены.</translation>
    </message>
    <message>
        <source>The new PIN is set.</source>
        <translation>Новый PIN-код установлен.</translation>
    </message>
    <message>
        <source>Deactivate employee</source>
        <translation>Отключение сотрудника</translation>
    </message>
    <message>
        <source>Deactivate %1? They will no longer be able to log in; their sales stay in the journal.</source>
        <translation>Отключить сотрудника %1? Он больше не сможет войти; его продажи останутся в журнале.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>The employee is deactivated.</source>
        <translation>Сотрудник отключён.</translation>
    </message>
</context>
<context>
    <name>ui::SyncBadge</name>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>queued %1</source>
        <translation>в очереди %1</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Последняя успешная синхронизация: %1</translation>
    </message>
    <message>
        <source>Documents waiting to be sent: %1</source>
        <translation>Документов ждут отправки: %1</translation>
    </message>
    <message>
        <source>Documents held back (see Service → Cloud): %1</source>
        <translation>Задержано документов (см. Сервис → Облако): %1</translation>
    </message>
    <message numerus="yes">
        <source>The till's clock differs from the cabinet's by %n second(s).</source>
        <translation>
            <numerusform>Часы кассы расходятся с часами кабинета на %n с.</numerusform>
            <numerusform>Часы кассы расходятся с часами кабинета на %n с.</numerusform>
            <numerusform>Часы кассы расходятся с часами кабинета на %n с.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cloud: not connected</source>
        <translation>Облако: не подключено</translation>
    </message>
    <message>
        <source>Enter the workplace code from the cabinet in Settings → Cloud to connect this till.</source>
        <translation>Чтобы подключить кассу, введите код рабочего места из кабинета в разделе Настройки → Облако.</translation>
    </message>
    <message>
        <source>Cloud: activation needed · %1</source>
        <translation>Облако: нужна активация · %1</translation>
    </message>
    <message>
        <source>Cloud: syncing… · %1</source>
        <translation>Облако: синхронизация… · %1</translation>
    </message>
    <message>
        <source>Cloud: no connection, last sync %1 · %2</source>
        <translation>Облако: нет связи, последняя синхронизация %1 · %2</translation>
    </message>
    <message>
        <source>Cloud: synced %1 · %2</source>
        <translation>Облако: синхронизировано %1 · %2</translation>
    </message>
    <message>
        <source>held back %1</source>
        <translation>задержано %1</translation>
    </message>
    <message>
        <source>The connection to the cabinet is not encrypted (http://, allowed by a technician): the till's token and sales can be read on the network.</source>
        <translation>Соединение с кабинетом не зашифровано (http://, разрешено техником): токен кассы и продажи можно прочитать в сети.</translation>
    </message>
    <message>
        <source>unencrypted</source>
        <translation>без шифрования</translation>
    </message>
    <message>
        <source>Catalog entries from the cabinet the till could not take (the cabinet sees which): %1</source>
        <translation>Записей каталога из кабинета, которые касса не смогла принять (в кабинете видно, каких): %1</translation>
    </message>
    <message>
        <source>catalog held back %1</source>
        <translation>каталог: не принято %1</translation>
    </message>
</context>
<context>
    <name>ui::TerminalBox</name>
    <message>
        <source>Card terminal</source>
        <translation>Банковский терминал</translation>
    </message>
    <message>
        <source>None (a standalone terminal, the cashier confirms)</source>
        <translation>Нет (отдельный терминал, кассир подтверждает оплату)</translation>
    </message>
    <message>
        <source>Sberbank UPOS (sb_pilot)</source>
        <translation>Сбербанк UPOS (sb_pilot)</translation>
    </message>
    <message>
        <source>Arcus2 (command-line tool)</source>
        <translation>Arcus2 (программа командной строки)</translation>
    </message>
    <message>
        <source>Terminal:</source>
        <translation>Терминал:</translation>
    </message>
    <message>
        <source>/opt/sberbank/sb_pilot</source>
        <translation>/opt/sberbank/sb_pilot</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Program:</source>
        <translation>Программа:</translation>
    </message>
    <message>
        <source>Check the connection</source>
        <translation>Проверка связи</translation>
    </message>
    <message>
        <source>The terminal's program</source>
        <translation>Программа терминала</translation>
    </message>
    <message>
        <source>No card terminal is chosen.</source>
        <translation>Банковский терминал не выбран.</translation>
    </message>
    <message>
        <source>Asking the terminal…</source>
        <translation>Запрос к терминалу…</translation>
    </message>
    <message>
        <source>Reconcile (сверка итогов) before the Z report</source>
        <translation>Сверка итогов перед Z-отчётом</translation>
    </message>
</context>
<context>
    <name>ui::WeightDialog</name>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>Weight of "%1", kg:</source>
        <translation>Вес «%1», кг:</translation>
    </message>
    <message>
        <source>Weigh again (F5)</source>
        <translation>Взвесить снова (F5)</translation>
    </message>
    <message>
        <source>Weighing on the scale… You may also type the weight.</source>
        <translation>Взвешиваю на весах… Вес можно ввести и вручную.</translation>
    </message>
    <message>
        <source>The scale shows %1 kg.</source>
        <translation>Весы показывают %1 кг.</translation>
    </message>
</context>
<context>
    <name>ui::WorkplacePage</name>
    <message>
        <source>Workplace</source>
        <translation>Рабочее место</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>INN:</source>
        <translation>ИНН:</translation>
    </message>
    <message>
        <source>General (OSN)</source>
        <translation>Общая (ОСН)</translation>
    </message>
    <message>
        <source>Simplified, income (USN 6%)</source>
        <translation>Упрощённая, доход (УСН 6%)</translation>
    </message>
    <message>
        <source>Simplified, income minus expense (USN 15%)</source>
        <translation>Упрощённая, доход минус расход (УСН 15%)</translation>
    </message>
    <message>
        <source>Unified agricultural tax (ESHN)</source>
        <translation>Единый сельскохозяйственный налог (ЕСХН)</translation>
    </message>
    <message>
        <source>Patent (PSN)</source>
        <translation>Патентная (ПСН)</translation>
    </message>
    <message>
        <source>Tax system:</source>
        <translation>Система налогообложения:</translation>
    </message>
    <message>
        <source>Point of sale</source>
        <translation>Торговая точка</translation>
    </message>
    <message>
        <source>Address of settlement:</source>
        <translation>Адрес расчётов:</translation>
    </message>
    <message>
        <source>Place of settlement:</source>
        <translation>Место расчётов:</translation>
    </message>
    <message>
        <source>This workplace</source>
        <translation>Это рабочее место</translation>
    </message>
    <message>
        <source>Till number (1–99):</source>
        <translation>Номер кассы (1–99):</translation>
    </message>
    <message>
        <source>Stationary</source>
        <translation>Стационарное</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Мобильное</translation>
    </message>
    <message>
        <source>Automat</source>
        <translation>Автомат</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Till %1</source>
        <translation>Касса %1</translation>
    </message>
    <message>
        <source>The workplace settings are saved.</source>
        <translation>Настройки рабочего места сохранены.</translation>
    </message>
</context>
<context>
    <name>ui::ZReportDialog</name>
    <message>
        <source>Z report: close the shift</source>
        <translation>Z-отчёт: закрытие смены</translation>
    </message>
    <message>
        <source>Close shift No. %1?</source>
        <translation>Закрыть смену № %1?</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Открыта %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Sales:</source>
        <translation>Продажи:</translation>
    </message>
    <message>
        <source>Returns:</source>
        <translation>Возвраты:</translation>
    </message>
    <message>
        <source>Corrections:</source>
        <translation>Коррекции:</translation>
    </message>
    <message>
        <source>%1 (net):</source>
        <translation>%1 (итого):</translation>
    </message>
    <message>
        <source>Cash in:</source>
        <translation>Внесения:</translation>
    </message>
    <message>
        <source>Cash out:</source>
        <translation>Изъятия:</translation>
    </message>
    <message>
        <source>In the drawer:</source>
        <translation>В кассе:</translation>
    </message>
    <message>
        <source>The registrar prints the Z report and closes the shift; sales need a new shift after that.</source>
        <translation>ФР напечатает Z-отчёт и закроет смену; для продаж после этого нужна новая смена.</translation>
    </message>
    <message>
        <source>Enter Close the shift (Z)</source>
        <translation>Enter Закрыть смену (Z)</translation>
    </message>
    <message>
        <source>Esc Cancel</source>
        <translation>Esc Отмена</translation>
    </message>
</context>
<context>
    <name>ui::reports::DashboardPage</name>
    <message>
        <source>Gross turnover</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Возвраты</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Итого за вычетом возвратов</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Чеки</translation>
    </message>
    <message>
        <source>Average receipt</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>SBP</source>
        <translation>СБП</translation>
    </message>
</context>
<context>
    <name>ui::reports::DocumentsPage</name>
    <message>
        <source>All documents</source>
        <translation>Все документы</translation>
    </message>
    <message>
        <source>All cashiers</source>
        <translation>Все кассиры</translation>
    </message>
    <message>
        <source>Any payment</source>
        <translation>Любая оплата</translation>
    </message>
    <message>
        <source>receipt or FD number</source>
        <translation>номер чека или ФД</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>Документов: %1</translation>
    </message>
    <message>
        <source>from, ₽</source>
        <translation>от, ₽</translation>
    </message>
    <message>
        <source>to, ₽</source>
        <translation>до, ₽</translation>
    </message>
    <message>
        <source>"%1" is not an amount in roubles.</source>
        <translation>«%1» — не сумма в рублях.</translation>
    </message>
</context>
<context>
    <name>ui::reports::PeriodPicker</name>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Вчера</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Произвольный период</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
</context>
<context>
    <name>ui::reports::ReportsScreen</name>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>By cashier</source>
        <translation>По кассирам</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>По группам</translation>
    </message>
    <message>
        <source>Top products</source>
        <translation>Лучшие товары</translation>
    </message>
    <message>
        <source>By VAT rate</source>
        <translation>По ставкам НДС</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>Смены</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Обновить (F5)</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Назад (Esc)</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Считаю…</translation>
    </message>
    <message>
        <source>%1, made at %2</source>
        <translation>%1, сформирован в %2</translation>
    </message>
    <message>
        <source>Not every report could be counted: %1</source>
        <translation>Не все отчёты удалось построить: %1</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Экспорт:</translation>
    </message>
    <message>
        <source>Save the report as %1</source>
        <translation>Сохранить отчёт в %1</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Отчёт %1</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Файлы %1 (*.%2)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Cash documents</source>
        <translation>Кассовые документы</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Print the report on the registrar (not a fiscal document)</source>
        <translation>Напечатать отчёт на ФР (не фискальный документ)</translation>
    </message>
    <message>
        <source>Printed on the registrar.</source>
        <translation>Напечатано на ФР.</translation>
    </message>
    <message>
        <source>No registrar is connected: set it up in Settings.</source>
        <translation>ФР не подключён: настройте его в «Настройках».</translation>
    </message>
    <message>
        <source>Printing on the registrar…</source>
        <translation>Печать на ФР…</translation>
    </message>
</context>
<context>
    <name>ui::TransactionsDialog</name>
    <message>
        <source>Card and SBP transactions</source>
        <translation>Операции по картам и СБП</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Операция</translation>
    </message>
    <message>
        <source>Amount, ₽</source>
        <translation>Сумма, ₽</translation>
    </message>
    <message>
        <source>RRN</source>
        <translation>RRN</translation>
    </message>
    <message>
        <source>Auth code</source>
        <translation>Код авторизации</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Reprint the slip</source>
        <translation>Повторить слип</translation>
    </message>
    <message>
        <source>Reprint the last slip</source>
        <translation>Повторить последний слип</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>День:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Сверка итогов</translation>
    </message>
    <message>
        <source>QR revoked</source>
        <translation>QR отозван</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Прервано</translation>
    </message>
    <message>
        <source>Needs the cashier</source>
        <translation>Ждёт решения кассира</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>SBP</source>
        <translation>СБП</translation>
    </message>
    <message>
        <source>No card or SBP operations on this day.</source>
        <translation>В этот день операций по картам и СБП не было.</translation>
    </message>
    <message>
        <source>The slip is being printed on the registrar…</source>
        <translation>Слип печатается на регистраторе…</translation>
    </message>
    <message>
        <source>The slip copy is printed.</source>
        <translation>Копия слипа напечатана.</translation>
    </message>
    <message>
        <source>The slip was not printed: %1</source>
        <translation>Слип не напечатан: %1</translation>
    </message>
</context>
</TS>
