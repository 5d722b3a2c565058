// st.select_slider: a slider over option indices (its node carries the
// option labels, which the slider shows instead of numbers).
import { slider } from "./slider.js";

export const views = { select_slider: slider };
