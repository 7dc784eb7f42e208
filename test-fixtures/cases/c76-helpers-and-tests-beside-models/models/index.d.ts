import { Model } from 'sequelize';
export declare class User extends Model {}
export declare class Post extends Model {}
