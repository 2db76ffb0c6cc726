/**
 * The engine's errors in the student's language. The engine throws English messages with a
 * stable code and their numbers (src/engine-error.ts); English shows the engine's own
 * message, word for word, and every other language words the code here. The table must word
 * every `EngineErrorCode` (`satisfies`), so a code without Korean fails `tsc`; a code from
 * elsewhere (a worker of another version) shows the English message rather than nothing.
 */
import { useCallback } from 'react';
import {
  isEngineErrorCode,
  type EngineErrorCode,
  type EngineMessage,
  type ErrorParams,
} from '../../src/engine-error.ts';
import { useLocale } from './useStrings.ts';
import type { Locale } from './locale.ts';

/** One code in words, from its numbers (and, for the few without any, the whole error). */
export type Wording = (p: ErrorParams, error: EngineMessage) => string;

/** n_x for the input layer, n[l] otherwise (the notes' names). */
const layerName = (p: ErrorParams) =>
  Number(p.layer) === 0 ? 'n_x(입력 특성 수)' : `n[${p.layer}]`;

const ko = {
  // CSV (src/data/csv.ts); each bad line is one detail.
  'csv-bad-lines': (p, error) => {
    if (!error.details) return error.message;
    const lines = (error.details ?? []).map(
      (detail) => `${detail.params?.line}번째 줄: ${engineText(detail, 'ko')}`,
    );
    const more = Number(p.more ?? 0);
    if (more > 0) lines.push(`... 그 밖에 잘못된 줄 ${more}개`);
    return lines.join('\n');
  },
  'csv-empty': () => '파일이 비어 있습니다',
  'csv-header-short': (p) =>
    `헤더에는 특성 하나 이상과 y가 있어야 합니다(예: x1,x2,y). 받은 헤더: '${p.header}'`,
  'csv-header-numbers': () => '첫 줄은 헤더(예: x1,x2,y)여야 하는데 숫자가 들어 있습니다',
  'csv-column-count': (p) => `값이 ${p.expected}개(${p.columns}) 있어야 하는데 ${p.got}개입니다`,
  'csv-bad-number': (p) => `${p.column}은(는) 숫자여야 하는데 '${p.value}'입니다`,
  'csv-bad-label': (p) => `y는 0..K-1의 정수 레이블이어야 하는데 '${p.value}'입니다`,
  'csv-no-rows': () => '헤더 다음에 데이터 행이 없습니다',
  // Network description and shapes (src/nn/config.ts, forward.ts).
  'config-too-few-layers': () =>
    'layerSizes에는 최소 [n_x, n[L]](입력 크기와 출력 크기)가 필요합니다. 예: 로지스틱 회귀는 [2, 1]',
  'config-size-not-whole': (p) => `${layerName(p)}은(는) 1 이상의 정수여야 하는데 ${p.value}입니다`,
  'config-size-over-limit': (p) => `${layerName(p)}이(가) ${p.value}로, 한도 ${p.limit}를 넘습니다`,
  'config-hidden-activation': (p) =>
    `알 수 없는 은닉 활성화 함수 '${p.value}': sigmoid, tanh, relu, leaky-relu, linear 중에서 고르세요`,
  'config-output-activation': (p) =>
    `알 수 없는 출력 활성화 함수 '${p.value}': sigmoid 또는 softmax를 쓰세요`,
  'config-loss': (p) => `알 수 없는 손실 '${p.value}': cross-entropy 또는 squared-error를 쓰세요`,
  'config-softmax-units': (p) =>
    `softmax에는 출력 유닛이 2개 이상(클래스마다 하나) 필요한데 n[L] = ${p.units}입니다. 유닛 하나에는 sigmoid를 쓰세요`,
  // A kernel's own check: only the engine's message names the two shapes.
  shape: (_, error) => `행렬의 모양이 맞지 않습니다: ${error.message}`,
  'shape-parameter-count': (p) =>
    `신경망의 층은 L = ${p.layers}개인데 매개변수는 W ${p.W}개, b ${p.b}개입니다`,
  'shape-W': (p) =>
    `W[${p.layer}]의 모양은 ${p.shape}인데 층 크기에 따르면 (${p.rows}, ${p.cols})여야 합니다: W[l]은 (n[l], n[l-1])`,
  'shape-b': (p) =>
    `b[${p.layer}]의 모양은 ${p.shape}인데 층 크기에 따르면 (${p.rows}, 1)이어야 합니다: b[l]은 (n[l], 1)`,
  'shape-input': (p) =>
    `W[1]은 ${p.W}인데 A[0] = X는 ${p.X}입니다: W[l]은 (n[l], n[l-1])이므로 X의 행은 n_x = ${p.nx}개(행마다 특성 하나, 열마다 예제 하나)여야 합니다`,
  'shape-input-rows': (p) => `X는 ${p.X}인데 신경망은 n_x = ${p.nx}개의 행을 기대합니다`,
  // Lesson 18's builder (src/worker/computations/layer-shapes.ts).
  'builder-m': (p) => `m은 1부터 ${p.limit}까지의 정수여야 하는데 ${p.value}입니다`,
  'builder-layers': (p) =>
    `빌더에는 최대 L = ${p.limit}개 층까지 넣을 수 있는데 L = ${p.layers}입니다`,
  'builder-parameters': (p) =>
    `이 신경망의 매개변수(W와 b)는 ${p.count}개입니다. 휴대폰에서도 돌도록 빌더는 ${p.limit}개에서 멈춥니다`,
  'builder-activations': (p) =>
    `Z와 A에 숫자 ${p.count}개((n[1] + ... + n[L]) x m)가 필요합니다. 빌더는 ${p.limit}개에서 멈춥니다`,
  'builder-no-layer': (p) =>
    `층 ${p.layer}은(는) 없습니다. 이 신경망의 층은 1부터 ${p.layers}까지입니다`,
  'builder-edit-rows': (p) =>
    `입력한 모양의 행 수는 1부터 4096까지의 정수여야 하는데 ${p.value}입니다`,
  'builder-edit-columns': (p) =>
    `입력한 모양의 열 수는 1부터 4096까지의 정수여야 하는데 ${p.value}입니다`,
  // Divergence (src/train/trainer.ts).
  'diverged-cost-grew': (p) =>
    `학습률 ${p.learningRate}이(가) 너무 큽니다: 비용이 ${p.firstCost}에서 ${p.cost}로 커졌습니다`,
  'diverged-parameters': (p) =>
    `${p.step}단계에서 매개변수가 NaN이나 무한대가 되었습니다: 학습률 ${p.learningRate}이(가) 너무 큽니다(비용은 ${p.cost})`,
  'diverged-nan-at-start': (p) =>
    `한 단계도 가기 전에 비용이 ${p.cost}입니다: 데이터나 초기 매개변수에 NaN이나 무한대가 있습니다`,
  // Model files (src/nn/model-file.ts).
  'digit-model-inputs': (p) =>
    `모델 파일: 숫자 모델은 28x28 이미지의 ${p.expected}개 픽셀을 입력으로 받는데, 이 모델은 n_x = ${p.value}입니다`,
  'digit-model-outputs': (p) =>
    `모델 파일: 숫자 모델은 숫자마다 출력이 하나(${p.expected}개)인데, 이 모델은 n[L] = ${p.value}입니다`,
  'digit-model-one-vs-all-hidden': (p) =>
    `모델 파일: 시그모이드 출력 10개는 은닉층이 없는 일대다 로지스틱 회귀로 읽는데, 이 모델에는 은닉층이 ${p.hiddenLayers}개 있습니다`,
  'digit-model-softmax-no-hidden': (p) =>
    `모델 파일: 소프트맥스 숫자 모델에는 은닉층이 하나 이상 있어야 합니다(층 크기 ${p.sizes}). 일대다 모델은 시그모이드 출력을 씁니다`,
  'model-not-object': () => '모델 파일: JSON 객체여야 합니다',
  'model-format': (p) => `모델 파일: "format"은 "${p.expected}"이어야 하는데 ${p.value}입니다`,
  'model-loss': (p) =>
    `모델 파일: "loss"는 "cross-entropy" 또는 "squared-error"여야 하는데 ${p.value}입니다`,
  'model-no-layers': () =>
    '모델 파일: "layers"는 {W, b, activation}의 비어 있지 않은 목록이어야 합니다',
  'model-layer-not-object': (p) =>
    `모델 파일: 층 ${p.layer}은(는) W, b, activation을 가진 객체여야 합니다`,
  'model-W-not-rows': (p) =>
    `모델 파일: W[${p.layer}]은(는) 행의 목록(n[${p.layer}]개의 행)이어야 합니다`,
  'model-ragged': (p) =>
    `모델 파일: W[${p.layer}]의 행 길이가 다릅니다. ${p.row}행에는 숫자가 ${p.count}개, 0행에는 ${p.first}개입니다`,
  'model-W-shape': (p) =>
    `모델 파일: W[${p.layer}]은(는) ${p.shape}인데 W[${p.previous}]은(는) ${p.previousShape}입니다. W[l]은 (n[l], n[l-1])이므로 W[${p.layer}]의 열은 ${p.columns}개여야 합니다`,
  'model-b-size': (p) =>
    `모델 파일: b[${p.layer}]의 숫자는 ${p.count}개인데 W[${p.layer}]은(는) ${p.shape}입니다. b[l]에는 n[l] = ${p.n}개가 있어야 합니다`,
  'model-not-number': (p) => `모델 파일: ${p.where}은(는) 유한한 수여야 하는데 ${p.value}입니다`,
  'model-output-activation': (p) =>
    `모델 파일: 마지막 층의 활성화 함수는 출력이므로 sigmoid 또는 softmax여야 하는데 ${p.value}입니다`,
  'model-hidden-activation': (p) =>
    `모델 파일: 층 ${p.layer}의 활성화 함수는 sigmoid, tanh, relu, leaky-relu, linear 중 하나여야 하는데 ${p.value}입니다`,
  'model-mixed-activations': (p) =>
    `모델 파일: 은닉층은 모두 같은 활성화 함수를 써야 합니다. 층 1은 ${p.first}, 층 ${p.layer}은(는) ${p.value}입니다`,
  'model-config': (_, error) =>
    `모델 파일: 이 파일의 층 구성으로는 신경망을 만들 수 없습니다(${error.message})`,
  // Data downloads (src/worker/handlers.ts).
  'mnist-download': (p) => `MNIST를 불러오지 못했습니다: ${p.reason}`,
} satisfies Record<EngineErrorCode, Wording>;

/** One error in the given language. */
export function engineText(error: EngineMessage, locale: Locale): string {
  if (locale === 'en' || error.code === undefined || !isEngineErrorCode(error.code)) {
    return error.message;
  }
  const wording: Wording = ko[error.code];
  return wording(error.params ?? {}, error);
}

/** A divergence as an engine message: its cause, code and numbers. */
export function divergenceMessage(divergence: {
  cause: string;
  code?: string;
  params?: ErrorParams;
}): EngineMessage {
  return { message: divergence.cause, code: divergence.code, params: divergence.params };
}

/** Words an engine error in the interface's language. */
export function useEngineText(): (error: EngineMessage) => string {
  const locale = useLocale();
  // Stable per language, so an effect that words an error does not run again on every render.
  return useCallback((error: EngineMessage) => engineText(error, locale), [locale]);
}
