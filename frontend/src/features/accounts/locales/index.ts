export { en } from './en';
export { zhCN } from './zh-cn';
