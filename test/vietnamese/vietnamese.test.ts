import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldVietnamese, matchKey, toneKey } from '../../src/vietnamese/fold.ts';
import { slugify } from '../../src/vietnamese/slug.ts';
import { capitalizeWords, isAllCaps } from '../../src/vietnamese/case.ts';

test('fold: đ becomes d, not dj, and every mark goes', () => {
  assert.equal(foldVietnamese('Đảng ủy đường Đồng Khởi'), 'Dang uy duong Dong Khoi');
  assert.equal(matchKey('  Cập  Nhật '), 'cap nhat');
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
