"""PartnerWebAPI2 through Python zeep, the way a partner's integration uses it.

Usage: zeep_client.py BASE_URL LOGIN PASSWORD REGION_ID CLIENT_NAME
Prints one JSON object: operations per WSDL port, and what RegionRead, ClientAdd (named CLIENT_NAME
plus the SOAP version) and ClientRead answered over each SOAP version.
"""
import json
import sys

import zeep
from requests import Session
from requests.auth import HTTPBasicAuth
from zeep import xsd
from zeep.transports import Transport

base, login, password, region_id, client_name = sys.argv[1:6]

session = Session()
session.auth = HTTPBasicAuth(login, password)
transport = Transport(session=session)


def operation_counts(service_name):
    client = zeep.Client(f"{base}/cus/ws/{service_name}?wsdl", transport=transport)
    return {
        port.name: len(port.binding._operations)
        for service in client.wsdl.services.values()
        for port in service.ports.values()
    }


wsdl = {name: operation_counts(name) for name in ("PartnerWebAPI2", "BotAPI", "PartnerAPI")}

client = zeep.Client(f"{base}/cus/ws/PartnerWebAPI2?wsdl", transport=transport)
core = client.type_factory("http://v8.1c.ru/8.1/data/core")


def params(**values):
    """A core Structure: one Property per parameter, each Value typed xs:string."""
    return core.Structure(
        Property=[{"name": name, "Value": xsd.AnyObject(xsd.String(), value)} for name, value in values.items()]
    )


def result(properties):
    """ResultCode and ResultData from the returned Structure's properties."""
    by_name = {p.name: p.Value for p in properties}
    return by_name["ResultCode"], by_name["ResultData"]


def table_rows(table):
    """A core ValueTable as dicts keyed by column name."""
    names = [c.Name for c in table.column]
    return [dict(zip(names, row.Value)) for row in table.row]


def structure(value):
    return {p.name: p.Value for p in value.Property}


def exercise(service, name):
    """RegionRead, ClientAdd and ClientRead through one port (SOAP 1.1 or 1.2)."""
    code, regions = result(service.RegionRead(Params=params()))
    region_rows = table_rows(regions)
    region_read = {"code": code, "rows": len(region_rows), "hasRegion": any(r["RegionID"] == region_id for r in region_rows)}

    code, added = result(service.ClientAdd(Params=params(Name=name, RegionID=region_id)))
    client_id = structure(added)["ClientID"] if code == "SUCCESS" else None
    client_add = {"code": code, "clientId": client_id}

    code, clients = result(service.ClientRead(Params=params()))
    found = [r for r in table_rows(clients) if r["ClientID"] == client_id]
    client_read = {"code": code, "found": [{"Name": r["Name"], "RegionID": r["RegionID"], "CreatedByMe": r["CreatedByMe"]} for r in found]}
    return {"RegionRead": region_read, "ClientAdd": client_add, "ClientRead": client_read}


calls = {
    "soap11": exercise(client.bind("PartnerWebAPI2", "PartnerWebAPI2Soap"), client_name + " 1.1"),
    "soap12": exercise(client.bind("PartnerWebAPI2", "PartnerWebAPI2Soap12"), client_name + " 1.2"),
}

print(json.dumps({"wsdl": wsdl, **calls}, ensure_ascii=False))
