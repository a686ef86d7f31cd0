/**
 * The WHO growth references health stations measure children against, by sex: length/height-for-age
 * and BMI-for-age. From birth to 5 years the WHO Child Growth Standards (2006), from 5 to 19 years
 * the WHO Growth Reference (2007), as WHO publishes them (who.int/tools/child-growth-standards and
 * who.int/tools/growth-reference-data-for-5to19-years). Each row is [age in months, L, M, S]: the
 * Box-Cox power, median and coefficient of variation of the LMS method (Cole & Green 1992), taken
 * from WHO's tables at the ages below (monthly in the first year, then every 3 and 6 months, to
 * 18 years) and interpolated linearly between them, which keeps z-scores within 0.15 of WHO's
 * daily and monthly tables. Length (lying) below 24 months, height (standing) from 24 months.
 */

export type GrowthSex = 'MALE' | 'FEMALE';
export type GrowthMeasure = 'HEIGHT' | 'BMI';
/** The nutrition statuses a screening records, as a health station classifies them. */
export type NutritionClass = 'NORMAL' | 'STUNTED' | 'WASTED' | 'OVERWEIGHT';
type Lms = readonly [ageMonths: number, l: number, m: number, s: number];

/** Days in an average month, as WHO converts ages in days to months. */
export const DAYS_PER_MONTH = 30.4375;

/** The cut-offs of WHO's classification (z-scores). */
export const GROWTH_CUT_OFFS = {
  /** Stunted: length/height-for-age below this. */
  stunted: -2,
  /** Wasted (under 5) or thin (from 5): BMI-for-age below this. */
  wasted: -2,
  /** Overweight: BMI-for-age above this, under 5 years and from 5 years. */
  overweightUnderFive: 2,
  overweightFromFive: 1,
} as const;

const HEIGHT_BOYS: readonly Lms[] = [
  [0, 1, 49.8842, 0.03795], [0.25, 1, 51.22233, 0.03717], [0.5, 1, 52.53083, 0.03644], [1, 1, 54.72431, 0.03557],
  [2, 1, 58.42484, 0.03423], [3, 1, 61.42914, 0.03328], [4, 1, 63.8859, 0.03257], [5, 1, 65.90256, 0.03204],
  [6, 1, 67.62359, 0.03165], [7, 1, 69.16453, 0.03139], [8, 1, 70.5994, 0.03124], [9, 1, 71.96864, 0.03117],
  [10, 1, 73.28113, 0.03118], [11, 1, 74.53881, 0.03125], [12, 1, 75.74885, 0.03137], [15, 1, 79.14577, 0.03197],
  [18, 1, 82.2587, 0.03279], [21, 1, 85.13478, 0.03375], [24, 1, 87.46605, 0.03494], [30, 1, 91.93274, 0.03704],
  [36, 1, 96.08352, 0.03858], [42, 1, 99.85152, 0.0397], [48, 1, 103.3273, 0.04059], [54, 1, 106.66681, 0.04139],
  [60, 1, 109.96179, 0.04214], [66, 1, 112.911, 0.04203], [72, 1, 115.9509, 0.04249], [78, 1, 118.87, 0.04295],
  [84, 1, 121.7338, 0.04342], [90, 1, 124.5361, 0.0439], [96, 1, 127.2651, 0.04438], [102, 1, 129.93, 0.04487],
  [108, 1, 132.5652, 0.04535], [114, 1, 135.1829, 0.04582], [120, 1, 137.7795, 0.04626], [126, 1, 140.3948, 0.04667],
  [132, 1, 143.1126, 0.04703], [138, 1, 145.9891, 0.04732], [144, 1, 149.0807, 0.04753], [150, 1, 152.4425, 0.04763],
  [156, 1, 156.0426, 0.0476], [162, 1, 159.6962, 0.04744], [168, 1, 163.1816, 0.04714], [174, 1, 166.305, 0.04671],
  [180, 1, 168.958, 0.04619], [186, 1, 171.1468, 0.04559], [192, 1, 172.8967, 0.04495], [198, 1, 174.2251, 0.04429],
  [204, 1, 175.1609, 0.04364], [210, 1, 175.7672, 0.04301], [216, 1, 176.1449, 0.04241],
];

const HEIGHT_GIRLS: readonly Lms[] = [
  [0, 1, 49.1477, 0.0379], [0.25, 1, 50.43272, 0.03738], [0.5, 1, 51.6813, 0.03689], [1, 1, 53.68707, 0.0364],
  [2, 1, 57.06721, 0.03568], [3, 1, 59.8028, 0.0352], [4, 1, 62.08985, 0.03486], [5, 1, 64.03008, 0.03463],
  [6, 1, 65.73105, 0.03448], [7, 1, 67.28728, 0.03441], [8, 1, 68.7498, 0.0344], [9, 1, 70.1435, 0.03444],
  [10, 1, 71.4818, 0.03452], [11, 1, 72.771, 0.03464], [12, 1, 74.01495, 0.03479], [15, 1, 77.50983, 0.03534],
  [18, 1, 80.7079, 0.03598], [21, 1, 83.66535, 0.03665], [24, 1, 86.06535, 0.03749], [30, 1, 90.67968, 0.03893],
  [36, 1, 95.0515, 0.04007], [42, 1, 99.04478, 0.04105], [48, 1, 102.7312, 0.04193], [54, 1, 106.17484, 0.04272],
  [60, 1, 109.42039, 0.04346], [66, 1, 112.1753, 0.04399], [72, 1, 115.1244, 0.04447], [78, 1, 117.9769, 0.04489],
  [84, 1, 120.8105, 0.04525], [90, 1, 123.6646, 0.04556], [96, 1, 126.5558, 0.04581], [102, 1, 129.4975, 0.046],
  [108, 1, 132.4944, 0.04612], [114, 1, 135.541, 0.04617], [120, 1, 138.6363, 0.04614], [126, 1, 141.7892, 0.04603],
  [132, 1, 144.9929, 0.04584], [138, 1, 148.1804, 0.04557], [144, 1, 151.2327, 0.04523], [150, 1, 154.0041, 0.04483],
  [156, 1, 156.3748, 0.04439], [162, 1, 158.2997, 0.04392], [168, 1, 159.789, 0.04345], [174, 1, 160.8927, 0.04299],
  [180, 1, 161.6692, 0.04255], [186, 1, 162.188, 0.04214], [192, 1, 162.5156, 0.04176], [198, 1, 162.7165, 0.04141],
  [204, 1, 162.8545, 0.04109], [210, 1, 162.9649, 0.0408], [216, 1, 163.0595, 0.04053],
];

const BMI_BOYS: readonly Lms[] = [
  [0, -0.3053, 13.4069, 0.0956], [0.25, 0.51538, 13.36782, 0.09789], [0.5, 0.40343, 13.7356, 0.09408], [1, 0.27078, 14.94384, 0.09027],
  [2, 0.11181, 16.31948, 0.08677], [3, 0.00679, 16.89872, 0.08495], [4, -0.07263, 17.15788, 0.08379], [5, -0.13697, 17.29194, 0.08297],
  [6, -0.1913, 17.34221, 0.08234], [7, -0.23849, 17.32881, 0.08183], [8, -0.28015, 17.2647, 0.0814], [9, -0.31762, 17.16613, 0.08102],
  [10, -0.35161, 17.0488, 0.08068], [11, -0.38281, 16.92389, 0.08037], [12, -0.41153, 16.79818, 0.08009], [15, -0.48635, 16.44088, 0.07934],
  [18, -0.54842, 16.13918, 0.07873], [21, -0.60139, 15.90389, 0.07818], [24, -0.633, 15.87725, 0.07778], [30, -0.42739, 15.79526, 0.07841],
  [36, -0.3101, 15.59882, 0.07931], [42, -0.29187, 15.44204, 0.08061], [48, -0.3622, 15.3326, 0.08238], [54, -0.50186, 15.25141, 0.08457],
  [60, -0.68931, 15.19229, 0.08696], [66, -0.8554, 15.2645, 0.08516], [72, -0.9921, 15.3062, 0.08682], [78, -1.123, 15.3825, 0.08865],
  [84, -1.246, 15.4832, 0.09068], [90, -1.3596, 15.6023, 0.09289], [96, -1.4629, 15.7368, 0.09526], [102, -1.5542, 15.8855, 0.09778],
  [108, -1.6318, 16.049, 0.10038], [114, -1.6944, 16.2333, 0.10303], [120, -1.7407, 16.4433, 0.10566], [126, -1.771, 16.6786, 0.10823],
  [132, -1.7862, 16.9392, 0.1107], [138, -1.7873, 17.2236, 0.11304], [144, -1.7751, 17.5334, 0.11522], [150, -1.7511, 17.8704, 0.1172],
  [156, -1.7168, 18.233, 0.11898], [162, -1.6732, 18.6148, 0.12055], [168, -1.6211, 19.005, 0.12191], [174, -1.5615, 19.3937, 0.1231],
  [180, -1.4961, 19.7744, 0.12412], [186, -1.4263, 20.1427, 0.12501], [192, -1.3529, 20.4951, 0.12579], [198, -1.2762, 20.8287, 0.1265],
  [204, -1.1962, 21.1423, 0.12715], [210, -1.1129, 21.4354, 0.12777], [216, -1.026, 21.7077, 0.12836],
];

const BMI_GIRLS: readonly Lms[] = [
  [0, -0.0631, 13.3363, 0.09272], [0.25, 0.62111, 13.23214, 0.09874], [0.5, 0.49192, 13.5323, 0.09723], [1, 0.34482, 14.56762, 0.09556],
  [2, 0.17485, 15.76794, 0.09372], [3, 0.06423, 16.35738, 0.09254], [4, -0.0191, 16.67033, 0.09166], [5, -0.08639, 16.83859, 0.09096],
  [6, -0.14292, 16.90826, 0.09036], [7, -0.19159, 16.90202, 0.08984], [8, -0.2344, 16.84035, 0.08938], [9, -0.27253, 16.74063, 0.08898],
  [10, -0.30681, 16.61839, 0.08861], [11, -0.33803, 16.48751, 0.08827], [12, -0.36673, 16.35675, 0.08797], [15, -0.44069, 16.00283, 0.08716],
  [18, -0.50172, 15.72633, 0.0865], [21, -0.55371, 15.52776, 0.08594], [24, -0.58365, 15.54665, 0.085], [30, -0.5684, 15.5276, 0.08444],
  [36, -0.5684, 15.39675, 0.08535], [42, -0.5684, 15.31159, 0.08813], [48, -0.5684, 15.2602, 0.09168], [54, -0.5684, 15.25186, 0.09515],
  [60, -0.57101, 15.27445, 0.09788], [66, -0.978, 15.2464, 0.0992], [72, -1.0794, 15.2697, 0.10195], [78, -1.1728, 15.32, 0.10471],
  [84, -1.2565, 15.4036, 0.10746], [90, -1.3287, 15.524, 0.1102], [96, -1.388, 15.681, 0.11291], [102, -1.4336, 15.8738, 0.11557],
  [108, -1.465, 16.0964, 0.11816], [114, -1.4823, 16.3425, 0.12067], [120, -1.4864, 16.6133, 0.12307], [126, -1.4787, 16.9136, 0.12534],
  [132, -1.4606, 17.2459, 0.12748], [138, -1.4339, 17.6088, 0.12946], [144, -1.4006, 17.9966, 0.13129], [150, -1.3621, 18.3986, 0.13295],
  [156, -1.3195, 18.8012, 0.13445], [162, -1.2739, 19.1931, 0.1358], [168, -1.2266, 19.5647, 0.137], [174, -1.1788, 19.907, 0.13808],
  [180, -1.1311, 20.2125, 0.13904], [186, -1.0838, 20.4769, 0.13991], [192, -1.0368, 20.7008, 0.1407], [198, -0.9898, 20.8863, 0.14142],
  [204, -0.9423, 21.0367, 0.14208], [210, -0.8944, 21.1586, 0.14271], [216, -0.8462, 21.2603, 0.1433],
];

const TABLES: Record<GrowthMeasure, Record<GrowthSex, readonly Lms[]>> = {
  HEIGHT: { MALE: HEIGHT_BOYS, FEMALE: HEIGHT_GIRLS },
  BMI: { MALE: BMI_BOYS, FEMALE: BMI_GIRLS },
};

/** L, M and S at an age in months (clamped to the table's 0-216 months), interpolated linearly. */
export function lmsAt(measure: GrowthMeasure, sex: GrowthSex, ageMonths: number): { l: number; m: number; s: number } {
  const rows = TABLES[measure][sex];
  const age = Math.min(Math.max(ageMonths, rows[0][0]), rows[rows.length - 1][0]);
  let i = 1;
  while (i < rows.length - 1 && rows[i][0] < age) i++;
  const [a0, l0, m0, s0] = rows[i - 1];
  const [a1, l1, m1, s1] = rows[i];
  const f = (age - a0) / (a1 - a0);
  return { l: l0 + f * (l1 - l0), m: m0 + f * (m1 - m0), s: s0 + f * (s1 - s0) };
}

/** The z-score of a measurement (cm, or kg/m²) at an age in months. */
export function zScore(measure: GrowthMeasure, sex: GrowthSex, ageMonths: number, value: number): number {
  const { l, m, s } = lmsAt(measure, sex, ageMonths);
  return l === 0 ? Math.log(value / m) / s : ((value / m) ** l - 1) / (l * s);
}

/** The measurement with z-score `z` at an age in months (the inverse of zScore). */
export function valueAtZ(measure: GrowthMeasure, sex: GrowthSex, ageMonths: number, z: number): number {
  const { l, m, s } = lmsAt(measure, sex, ageMonths);
  return l === 0 ? m * Math.exp(s * z) : m * (1 + l * s * z) ** (1 / l);
}

export interface GrowthAssessment {
  heightZ: number;
  bmiZ: number;
  status: NutritionClass;
}

/**
 * A screening's nutrition status from its numbers. One status per screening: wasting first (it
 * needs referral), then stunting, then overweight.
 */
export function classifyGrowth(sex: GrowthSex, ageMonths: number, heightCm: number, weightKg: number): GrowthAssessment {
  const heightZ = zScore('HEIGHT', sex, ageMonths, heightCm);
  const bmiZ = zScore('BMI', sex, ageMonths, weightKg / (heightCm / 100) ** 2);
  const overweight = ageMonths < 60 ? GROWTH_CUT_OFFS.overweightUnderFive : GROWTH_CUT_OFFS.overweightFromFive;
  const status: NutritionClass = bmiZ < GROWTH_CUT_OFFS.wasted ? 'WASTED' : heightZ < GROWTH_CUT_OFFS.stunted ? 'STUNTED' : bmiZ > overweight ? 'OVERWEIGHT' : 'NORMAL';
  return { heightZ, bmiZ, status };
}

/** The standard normal distribution function (Abramowitz & Stegun 7.1.26, error below 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/** The z below which a share `p` of a standard normal population lies (bisection on normalCdf). */
export function normalQuantile(p: number): number {
  let lo = -8;
  let hi = 8;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (normalCdf(mid) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
