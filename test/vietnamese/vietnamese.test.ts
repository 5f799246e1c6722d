import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldInPlace, foldVietnamese, matchKey, toneKey } from '../../src/vietnamese/fold.ts';
import { slugify } from '../../src/vietnamese/slug.ts';
import { capitalizeWords, isAllCaps } from '../../src/vietnamese/case.ts';

test('fold: đ becomes d, not dj, and every mark goes', () => {
  assert.equal(foldVietnamese('Đảng ủy đường Đồng Khởi'), 'Dang uy duong Dong Khoi');
  assert.equal(matchKey('  Cập  Nhật '), 'cap nhat');
});

test('matchKey and foldInPlace: the table-driven folds agree with folding through Unicode, character by character, every dash a hyphen', () => {
  const dash = /[\u2010-\u2015\u2212]/;
  const slow = (text: string) => [...text].map((ch) => (dash.test(ch) ? '-' : ch === 'đ' ? 'd' : ch === 'Đ' ? 'D' : ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC'))).join('');
  const texts = ['  Thượng tướng\u00a0TRẦN   Quốc Tỏ\t', 'Đảng ủy — “Hà Nội” 17/10', 'İstanbul ǅ ﬁ 😀 Ω', ''];
  for (const text of texts) {
    assert.equal(matchKey(text), slow(text).toLowerCase().replace(/\s+/g, ' ').trim(), text);
    const inPlace = foldInPlace(text);
    // One unit for one: what is found in the folded text can be cut out of the printed one.
    assert.equal(inPlace.length, text.length, text);
    assert.equal(inPlace, [...text].map((ch) => (slow(ch).toLowerCase().length === ch.length ? slow(ch).toLowerCase() : ch)).join(''), text);
  }  // A copy's dashes match the hyphen a phrase is written with: the national motto under an official document.
  assert.equal(matchKey('Độc lập – Tự do — Hạnh phúc'), matchKey('Độc lập - Tự do - Hạnh phúc'));
  assert.equal(foldInPlace('14 – 03 – 2024'), '14 - 03 - 2024');  // A CMS that spaces a label's colon prints the same label.
  assert.equal(matchKey('Tác giả : Minh Anh'), matchKey('Tác giả: Minh Anh'));
  assert.equal(matchKey('Giờ G : 20 giờ'), 'gio g: 20 gio');
});

test('toneKey: old and new tone placement compare equal; different words do not', () => {
  assert.equal(toneKey('hoà'), toneKey('hòa'));
  assert.equal(toneKey('thuỷ'), toneKey('thủy'));
  assert.equal(toneKey('Uỷ'), toneKey('ủy'));
  assert.notEqual(toneKey('hòa'), toneKey('hoa'));
  assert.notEqual(toneKey('đảng'), toneKey('đang'));
});

test('slugify: ASCII, folded, at most 100 characters cut on a word boundary', () => {
  assert.equal(slugify('Đảng ủy Công an Trung ương: Sơ kết 5 năm'), 'dang-uy-cong-an-trung-uong-so-ket-5-nam');
  const long = slugify('Hội nghị trực tuyến quán triệt Chỉ thị số 35 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII');
  assert.ok(long.length <= 100);
  assert.match(long, /^[a-z0-9]+(-[a-z0-9]+)*$/);
  assert.ok('hoi-nghi-truc-tuyen-quan-triet-chi-thi-so-35-cua-bo-chinh-tri-ve-dai-hoi-dang-bo-cac-cap-tien-toi-dai-hoi'.startsWith(long));
  assert.equal(slugify('!!!'), '');
});

test('case: capitals to normal case, Vietnamese letters included', () => {
  assert.equal(capitalizeWords('LÊ MẬU LÂM'), 'Lê Mậu Lâm');
  assert.equal(capitalizeWords('ĐỖ THỊ ƯỚC'), 'Đỗ Thị Ước');
  assert.ok(isAllCaps('ĐẢNG ỦY'));
  assert.ok(!isAllCaps('Đảng ủy'));
  assert.ok(!isAllCaps('2022'));
});
