"""BotAPI and PartnerAPI 1.20 through Python zeep, the way public integrations call them.

Usage: zeep_bot_partner.py BASE_URL LOGIN PASSWORD REGION_ID CLIENT_ID RECIPIENTS_JSON
RECIPIENTS_JSON is a list of [EmployeeID, SupportLineID] pairs for SendNotification.
Prints one JSON object per SOAP version ("soap11", "soap12"): what GetEmployeesList (rows read by
position), SendNotification, region_read and client_read answered.
"""
import json
import sys
from decimal import Decimal

import zeep
from requests import Session
from requests.auth import HTTPBasicAuth
from zeep import xsd
from zeep.transports import Transport

base, login, password, region_id, client_id, recipients_json = sys.argv[1:7]
recipients = json.loads(recipients_json)

session = Session()
session.auth = HTTPBasicAuth(login, password)
transport = Transport(session=session)

bot = zeep.Client(f"{base}/cus/ws/BotAPI?wsdl", transport=transport)
partner = zeep.Client(f"{base}/cus/ws/PartnerAPI?wsdl", transport=transport)
core = bot.type_factory("http://v8.1c.ru/8.1/data/core")


def text(value):
    return xsd.AnyObject(xsd.String(), value)


def params(**values):
    """A core Structure: one Property per parameter; strings typed xs:string, tables as they are."""
    return core.Structure(Property=[{"name": name, "Value": value if isinstance(value, xsd.AnyObject) else text(value)} for name, value in values.items()])


def value_table(columns, rows):
    """A core ValueTable parameter: named columns, each row's cells typed xs:string."""
    table = core.ValueTable(column=[core.ValueTableColumn(Name=name) for name in columns], row=[core.ValueTableRow(Value=[text(v) for v in row]) for row in rows])
    return xsd.AnyObject(core.ValueTable, table)


def result(properties):
    by_name = {p.name: p.Value for p in properties}
    return by_name["ResultCode"], by_name["ResultData"]


def plain(value):
    """A cell as JSON: decimals as numbers, the rest as zeep gives them."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def by_position(table):
    """Rows of a ValueTable as lists, as a client that indexes cells by position reads them."""
    return [[plain(v) for v in row.Value] for row in (table.row or [])]


def by_name(table):
    names = [c.Name for c in table.column]
    return [dict(zip(names, [plain(v) for v in row.Value])) for row in (table.row or [])]


def exercise(bot_port, partner_port):
    code, employees = result(bot_port.GetEmployeesList(Params=params(InfobaseID="zeep-infobase")))
    employees_rows = by_position(employees) if code == "SUCCESS" else None

    table = value_table(["EmployeeID", "SupportLineID", "DescriptionURL", "DescriptionHint"], [[e, l, "", ""] for e, l in recipients])
    code_sent, sent = result(
        bot_port.SendNotification(Params=params(InfobaseID="zeep-infobase", Name="Плановые работы", Subject="Обновление 1С", Text="Сегодня в 22:00 сервер будет перезапущен.", Recipients=table))
    )
    notification = {p.name: p.Value for p in sent.Property} if code_sent == "SUCCESS" else sent

    regions = by_position(partner_port.region_read(region_id=region_id))
    clients = by_name(partner_port.client_read(client_id=client_id))
    return {
        "GetEmployeesList": {"code": code, "rows": employees_rows},
        "SendNotification": {"code": code_sent, "data": notification},
        "region_read": regions,
        "client_read": clients,
    }


print(json.dumps({
    "soap11": exercise(bot.bind("BotAPI", "BotAPISoap"), partner.bind("PartnerAPI", "PartnerAPISoap")),
    "soap12": exercise(bot.bind("BotAPI", "BotAPISoap12"), partner.bind("PartnerAPI", "PartnerAPISoap12")),
}, ensure_ascii=False, default=str))
