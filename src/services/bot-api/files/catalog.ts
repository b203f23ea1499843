import { param, type OperationDetails } from '../../../catalog/define.js';
import { col } from '../../../xml/value-type.js';
import { infobaseId } from '../params.js';

/** Spec 5.8 (AddFile over SOAP, like the HTTP upload) and 5.9 (SendFile; the file name is spelled ИмяФайла). */
export const FILE_OPERATIONS: Record<string, OperationDetails> = {
  AddFile: {
    params: [
      param.string('checksum', 36, { required: true, md5Of: 'payload' }),
      param.string('file_name', 36, { required: true }),
      param.binary('payload', { required: true }),
    ],
    result: { kind: 'structure', fields: [col.string('FileID', 43)] },
  },
  SendFile: {
    params: [
      infobaseId,
      param.uuid('ConsumerID', { required: true, ref: 'recipient', servedOn: 'SupportLineID' }),
      param.uuid('SupportLineID', { required: true, ref: 'supportLine', ownOnly: true }),
      param.string('ИмяФайла', undefined, { required: true, aliases: ['FileName'] }),
      param.string('FileID', 43, { required: true, ref: 'file' }),
    ],
    result: { kind: 'none' },
  },
};
