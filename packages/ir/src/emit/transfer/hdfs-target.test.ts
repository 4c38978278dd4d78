import { describe, expect, it } from 'vitest';
import { transferTarget } from './transfer-target';

const hdfs = (fields: { addresses?: string[]; path?: string; user?: string }) => ({ type: 'hdfs' as const, addresses: ['nn:8020'], path: '/data/in.csv', ...fields });

describe('transferTarget for HDFS', () => {
  it.each([
    ['nn-1.example.com:8020', 'http://nn-1.example.com:9870'],
    ['nn:9000', 'http://nn:9870'],
    ['nn', 'http://nn:9870'],
    ['nn:50070', 'http://nn:50070'],
    ['[::1]:8020', 'http://[::1]:9870'],
    ['https://nn.example.com:9871/', 'https://nn.example.com:9871'],
    ['http://gateway/hdfs', 'http://gateway/hdfs'],
  ])('reaches the namenode at %s through WebHDFS at %s', (address, namenode) => {
    expect(transferTarget(hdfs({ addresses: [address] }), 'input', 'P')).toEqual({ url: 'hdfs:///data/in.csv', env: [{ name: 'COULER_P_HDFS_NAMENODES', value: namenode }] });
  });

  it('keeps the namenodes in order, for the tool to skip a standby, and sends the user', () => {
    expect(transferTarget(hdfs({ addresses: ['nn1:8020', 'nn2:8020'], user: 'ml', path: 'runs/out/' }), 'output', 'P')).toEqual({
      url: 'hdfs:///user/ml/runs/out',
      env: [
        { name: 'COULER_P_HDFS_NAMENODES', value: 'http://nn1:9870\nhttp://nn2:9870' },
        { name: 'COULER_P_HDFS_USER', value: 'ml' },
      ],
    });
  });

  it.each([
    [{ addresses: ['nn:8020', 'not an address'] }, 'its address "not an address" is neither host:port nor an http:// or https:// URL of the namenode'],
    [{ path: 'relative' }, 'its path "relative" is relative, and HDFS resolves it in the home directory of a user the location does not name'],
    [{ path: '/a/../b' }, 'HDFS refuses the path "/a/../b"'],
    [{ path: '/a//b' }, 'HDFS refuses the path "/a//b"'],
    [{ path: '/a/b:c' }, 'HDFS refuses the path "/a/b:c"'],
    [{ path: '/' }, 'an output cannot replace the root directory of HDFS'],
  ])('refuses %j with the reason HDFS would give', (fields, reason) => {
    const target = transferTarget(hdfs(fields), 'output', 'P');
    expect('refused' in target && target.refused).toContain(reason);
  });
});
