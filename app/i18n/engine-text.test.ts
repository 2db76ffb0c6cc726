import { describe, expect, it } from 'vitest';
import { ENGINE_ERROR_CODES, engineMessageOf } from '../../src/engine-error.ts';
import { parseCsv } from '../../src/data/csv.ts';
import { engineText } from './engine-text.ts';

function csvError(text: string) {
  try {
    parseCsv(text);
  } catch (error) {
    return engineMessageOf(error);
  }
  throw new Error('expected a refusal');
}

describe('engine errors in the interface language', () => {
  it("shows the engine's English message word for word", () => {
    const error = csvError('x1,x2,y\n1,oops,0\n');
    expect(engineText(error, 'en')).toBe("line 2: x2 must be a number, got 'oops'");
  });

  it('words every bad CSV line in Korean, with its number', () => {
    const error = csvError('x1,x2,y\n1,oops,0\n1,2\n');
    expect(engineText(error, 'ko')).toBe(
      "2번째 줄: x2은(는) 숫자여야 하는데 'oops'입니다\n3번째 줄: 값이 3개(x1,x2,y) 있어야 하는데 2개입니다",
    );
  });

  it('words divergence and shapes in Korean, and falls back to English for an unknown code', () => {
    expect(
      engineText(
        {
          message: 'learning rate 1000 is too large: the cost grew from 0.693 to 1e+6',
          code: 'diverged-cost-grew',
          params: { learningRate: '1000', firstCost: '0.693', cost: '1e+6', step: 4 },
        },
        'ko',
      ),
    ).toBe('학습률 1000이(가) 너무 큽니다: 비용이 0.693에서 1e+6로 커졌습니다');
    expect(engineText({ message: 'new thing', code: 'not-yet-worded' }, 'ko')).toBe('new thing');
  });

  it('words every engine code in Korean, the model file refusal without a code of its own too', () => {
    for (const code of ENGINE_ERROR_CODES) {
      const english = `engine says ${code}`;
      const korean = engineText({ message: english, code, params: {}, details: [] }, 'ko');
      expect(korean, code).not.toBe(english);
    }
    expect(
      engineText({ message: 'model file: bad sizes', code: 'model-config', params: {} }, 'ko'),
    ).toBe('모델 파일: 이 파일의 층 구성으로는 신경망을 만들 수 없습니다(model file: bad sizes)');
  });
});
