import { describe, expect, it } from 'vitest';
import { contentDisposition } from './content-disposition';

describe('contentDisposition', () => {
  it.each([
    ['model.bin', '', `attachment; filename="model.bin"; filename*=UTF-8''model.bin`],
    ['report', '.tar', `attachment; filename="report.tar"; filename*=UTF-8''report.tar`],
    ['a"b\r\nSet-Cookie: x=1', '', `attachment; filename="a_b__Set-Cookie__x_1"; filename*=UTF-8''a%22b__Set-Cookie%3A%20x%3D1`],
    ['../../etc/passwd', '', `attachment; filename="__.._etc_passwd"; filename*=UTF-8''__.._etc_passwd`],
    ['modèle ü', '', `attachment; filename="mod_le__"; filename*=UTF-8''mod%C3%A8le%20%C3%BC`],
    ['half \ud800 pair', '', `attachment; filename="half___pair"; filename*=UTF-8''half%20_%20pair`],
    ['', '', `attachment; filename="artifact"; filename*=UTF-8''artifact`],
  ])('names %j as a file, never a path or a second header', (name, extension, expected) => {
    const header = contentDisposition(name, extension);
    expect(header).toBe(expected);
    expect(header).not.toMatch(/[\r\n]/);
  });
});
