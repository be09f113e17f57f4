export const dep = "dep";
