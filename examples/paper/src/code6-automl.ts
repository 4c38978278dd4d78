// Code 6 of the Couler tech report: train XGBoost and LightGBM side by side on the same data.
import { concurrent, steps, workflow } from '@couler/dsl';

/** The paper's Dataset: a table, its feature columns and its label. */
interface Dataset {
  tableName: string;
  featureCols: string;
  labelCol: string;
}

const trainData: Dataset = {
  tableName: 'pai_telco_demo_data',
  featureCols: 'tenure,age,marital,address,ed,employ',
  labelCol: 'churn',
};

function datasetArgs(data: Dataset): string[] {
  return [`--table=${data.tableName}`, `--features=${data.featureCols}`, `--label=${data.labelCol}`];
}

function trainXgboost() {
  const modelParams = { objective: 'binary:logistic' };
  const trainParams = { num_boost_round: 10, max_depth: 5 };
  return steps.xgboost.train({
    image: 'xgboost-image',
    command: 'python /train_xgboost.py',
    args: [...datasetArgs(trainData), `--model_params=${JSON.stringify(modelParams)}`, `--train_params=${JSON.stringify(trainParams)}`],
    numWorkers: 2,
  });
}

function trainLgbm() {
  return steps.lightgbm.train({
    image: 'lightgbm-image',
    command: 'python /train_lightgbm.py',
    args: [...datasetArgs(trainData), '--num_leaves=63', '--num_iterations=200', '--model_path=lightgbm_model'],
    numWorkers: 2,
  });
}

export default workflow('code6-automl', () => {
  concurrent([() => trainXgboost(), () => trainLgbm()]);
});
