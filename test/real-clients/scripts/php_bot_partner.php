<?php
/*
 * BotAPI and PartnerAPI 1.20 through PHP's SoapClient, the way public integrations call them.
 *
 * Usage: php php_bot_partner.php BASE_URL LOGIN PASSWORD REGION_ID CLIENT_ID RECIPIENTS_JSON
 * RECIPIENTS_JSON is a list of [EmployeeID, SupportLineID] pairs for SendNotification.
 * Prints one JSON object per SOAP version ("soap11", "soap12"): what GetEmployeesList (rows read by
 * position), SendNotification, region_read and client_read answered.
 */
[, $base, $login, $password, $regionId, $clientId, $recipientsJson] = $argv;
$recipients = json_decode($recipientsJson, true);

require_once __DIR__ . '/soap_common.php';
const CORE = 'http://v8.1c.ru/8.1/data/core';

function text(string $value): SoapVar
{
    return new SoapVar($value, XSD_STRING, 'string', XSD);
}

/** A core Structure: one Property per parameter; strings typed xs:string, SoapVars (tables) as they are. */
function params(array $values): array
{
    $properties = [];
    foreach ($values as $name => $value) {
        $properties[] = ['name' => $name, 'Value' => $value instanceof SoapVar ? $value : text($value)];
    }
    return ['Params' => ['Property' => $properties]];
}

/** A core ValueTable parameter: named columns, each row's cells typed xs:string. */
function valueTable(array $columns, array $rows): SoapVar
{
    $table = [
        'column' => array_map(fn($name) => ['Name' => $name], $columns),
        'row' => array_map(fn($row) => ['Value' => array_map('text', $row)], $rows),
    ];
    return new SoapVar($table, SOAP_ENC_OBJECT, 'ValueTable', CORE);
}

/** Whether a ValueTable column holds numbers: SoapClient hands xs:decimal cells over as strings. */
function numericColumns($table): array
{
    return array_map(fn($c) => in_array('xs:decimal', array_map('strval', items($c->ValueType->Type ?? null)), true), items($table->column ?? null));
}

/** The cells of a row, numbers of numeric columns as numbers. */
function cells($row, array $numeric): array
{
    $values = array_map('unwrap', items($row->Value ?? null));
    foreach ($values as $i => $v) if (($numeric[$i] ?? false) && is_string($v)) $values[$i] = $v + 0;
    return $values;
}

/** Rows of a ValueTable as lists, as a client that indexes cells by position reads them. */
function byPosition($table): array
{
    $numeric = numericColumns($table);
    return array_map(fn($row) => cells($row, $numeric), items($table->row ?? null));
}

function byName($table): array
{
    $names = array_map(fn($c) => $c->Name, items($table->column ?? null));
    $numeric = numericColumns($table);
    return array_map(fn($row) => array_combine($names, cells($row, $numeric)), items($table->row ?? null));
}

function exercise(SoapClient $bot, SoapClient $partner, string $regionId, string $clientId, array $recipients): array
{
    [$code, $employees] = result($bot->__soapCall('GetEmployeesList', [params(['InfobaseID' => 'php-infobase'])]));
    $employeeRows = $code === 'SUCCESS' ? byPosition($employees) : null;

    $table = valueTable(['EmployeeID', 'SupportLineID', 'DescriptionURL', 'DescriptionHint'], array_map(fn($r) => [$r[0], $r[1], '', ''], $recipients));
    [$codeSent, $sent] = result($bot->__soapCall('SendNotification', [params([
        'InfobaseID' => 'php-infobase',
        'Name' => 'Плановые работы',
        'Subject' => 'Обновление 1С',
        'Text' => 'Сегодня в 22:00 сервер будет перезапущен.',
        'Recipients' => $table,
    ])]));
    $notification = $sent;
    if ($codeSent === 'SUCCESS') {
        $notification = [];
        foreach (items($sent->Property) as $p) $notification[$p->name] = unwrap($p->Value);
    }

    $regions = byPosition($partner->__soapCall('region_read', [['region_id' => $regionId]])->return);
    $clients = byName($partner->__soapCall('client_read', [['client_id' => $clientId]])->return);
    return [
        'GetEmployeesList' => ['code' => $code, 'rows' => $employeeRows],
        'SendNotification' => ['code' => $codeSent, 'data' => $notification],
        'region_read' => $regions,
        'client_read' => $clients,
    ];
}

$out = [];
foreach (['soap11' => SOAP_1_1, 'soap12' => SOAP_1_2] as $label => $version) {
    $out[$label] = exercise(
        client($base, 'BotAPI', $login, $password, $version),
        client($base, 'PartnerAPI', $login, $password, $version),
        $regionId,
        $clientId,
        $recipients,
    );
}
echo json_encode($out, JSON_UNESCAPED_UNICODE), "\n";
