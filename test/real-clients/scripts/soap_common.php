<?php
/* What every PHP SoapClient script here shares: the client, and reading the core Structure answers. */

const XSD = 'http://www.w3.org/2001/XMLSchema';

function client(string $base, string $service, string $login, string $password, int $version): SoapClient
{
    return new SoapClient("$base/cus/ws/$service?wsdl", [
        'login' => $login,
        'password' => $password,
        'soap_version' => $version,
        'cache_wsdl' => WSDL_CACHE_NONE,
        'exceptions' => true,
        'trace' => true,
    ]);
}

/** A list even when SoapClient collapsed a single element into itself. */
function items($value): array
{
    if ($value === null) return [];
    return is_array($value) ? $value : [$value];
}

/** The value itself: SoapClient hands an xs:anyType holding a WSDL type (Structure, ValueTable) as a SoapVar. */
function unwrap($value)
{
    return $value instanceof SoapVar ? $value->enc_value : $value;
}

/** ResultCode and ResultData from the returned Structure's properties. */
function result($response): array
{
    $byName = [];
    foreach (items($response->return->Property) as $p) $byName[$p->name] = unwrap($p->Value ?? null);
    return [$byName['ResultCode'], $byName['ResultData']];
}
