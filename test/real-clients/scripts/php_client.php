<?php
/*
 * PartnerWebAPI2 through PHP's SoapClient, the way a partner's integration uses it.
 *
 * Usage: php php_client.php BASE_URL LOGIN PASSWORD REGION_ID CLIENT_NAME
 * Prints one JSON object: operations per WSDL, and what RegionRead, ClientAdd (named CLIENT_NAME
 * plus the SOAP version) and ClientRead answered over each SOAP version.
 */
[, $base, $login, $password, $regionId, $clientName] = $argv;

require_once __DIR__ . '/soap_common.php';

/** A core Structure: one Property per parameter, each Value typed xs:string. */
function params(array $values): array
{
    $properties = [];
    foreach ($values as $name => $value) {
        $properties[] = ['name' => $name, 'Value' => new SoapVar($value, XSD_STRING, 'string', XSD)];
    }
    return ['Params' => ['Property' => $properties]];
}

/** A core ValueTable as arrays keyed by column name. */
function tableRows($table): array
{
    $names = array_map(fn($c) => $c->Name, items($table->column ?? null));
    return array_map(fn($row) => array_combine($names, array_map('unwrap', items($row->Value))), items($table->row ?? null));
}

function exercise(SoapClient $client, string $regionId, string $name): array
{
    [$code, $regions] = result($client->__soapCall('RegionRead', [params([])]));
    $regionRows = tableRows($regions);
    $regionRead = ['code' => $code, 'rows' => count($regionRows), 'hasRegion' => in_array($regionId, array_column($regionRows, 'RegionID'), true)];

    [$code, $added] = result($client->__soapCall('ClientAdd', [params(['Name' => $name, 'RegionID' => $regionId])]));
    $clientId = null;
    foreach (items($added->Property ?? null) as $p) if ($p->name === 'ClientID') $clientId = unwrap($p->Value);
    $clientAdd = ['code' => $code, 'clientId' => $clientId];

    [$code, $clients] = result($client->__soapCall('ClientRead', [params([])]));
    $found = array_values(array_filter(tableRows($clients), fn($r) => $r['ClientID'] === $clientId));
    $clientRead = ['code' => $code, 'found' => array_map(fn($r) => ['Name' => $r['Name'], 'RegionID' => $r['RegionID'], 'CreatedByMe' => $r['CreatedByMe']], $found)];
    return ['RegionRead' => $regionRead, 'ClientAdd' => $clientAdd, 'ClientRead' => $clientRead];
}

$wsdl = [];
foreach (['PartnerWebAPI2', 'BotAPI', 'PartnerAPI'] as $service) {
    foreach (['soap11' => SOAP_1_1, 'soap12' => SOAP_1_2] as $label => $version) {
        // __getFunctions lists the operations of every binding in the WSDL (SOAP 1.1 and 1.2): count each once.
        $functions = client($base, $service, $login, $password, $version)->__getFunctions();
        $wsdl[$service][$label] = count(array_unique($functions));
    }
}

$out = ['wsdl' => $wsdl];
foreach (['soap11' => [SOAP_1_1, '1.1'], 'soap12' => [SOAP_1_2, '1.2']] as $label => [$version, $suffix]) {
    $out[$label] = exercise(client($base, 'PartnerWebAPI2', $login, $password, $version), $regionId, "$clientName $suffix");
}
echo json_encode($out, JSON_UNESCAPED_UNICODE), "\n";
