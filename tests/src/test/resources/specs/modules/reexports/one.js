export const one = 1; export const also = "also";
