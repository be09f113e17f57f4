export const two = 2; export default "default of two";
