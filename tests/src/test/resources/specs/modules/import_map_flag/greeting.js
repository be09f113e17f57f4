export default "hi from the import map";
